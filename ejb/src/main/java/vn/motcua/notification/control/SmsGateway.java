package vn.motcua.notification.control;

import java.io.IOException;

/**
 * Where an SMS goes: an operator's HTTP gateway ({@link HttpSmsGateway}) when one is configured, the
 * server log otherwise ({@link LoggingSmsGateway}); {@link SmsGateways} chooses.
 */
public interface SmsGateway {

    /**
     * Hands one text to the gateway; returns once it was accepted. Any exception means it was not, and
     * the delivery is tried again later.
     */
    void send(String phone, String text) throws IOException;
}
