package vn.motcua.notification.control;

/**
 * A delivery that no further attempt could make: no address or no consent for its channel any more, no
 * template for its topic, an address that is not one. Recorded as FAILED at once.
 */
public class Undeliverable extends Exception {

    public Undeliverable(String reason) {
        super(reason);
    }
}
