package vn.motcua.notification.boundary;

/**
 * Message on java:/jms/motcua/delivery, JSON, format version 1: {"deliveryId": 123}, one attempt at the
 * notification_delivery row of that id. Carries no personal data; the row and its dossier say the rest.
 */
public record DeliveryMessage(long deliveryId) {

    public static final int FORMAT_VERSION = 1;
}
