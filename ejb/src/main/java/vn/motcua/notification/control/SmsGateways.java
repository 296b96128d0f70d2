package vn.motcua.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The installation's SMS gateway: the HTTP gateway when motcua.sms.url (or MOTCUA_SMS_URL) is set, with
 * the bearer token motcua.sms.token (or MOTCUA_SMS_TOKEN, better kept out of the command line);
 * otherwise the log. Read once, at the first SMS.
 */
@ApplicationScoped
public class SmsGateways {

    private static final Logger LOG = Logger.getLogger(SmsGateways.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Produces
    @ApplicationScoped
    public SmsGateway gateway() {
        SmsGateway gateway = configured(SmsGateways::setting, executor);
        LOG.info(() -> "Applicant SMS: " + gateway);
        return gateway;
    }

    static SmsGateway configured(UnaryOperator<String> settings, Executor executor) {
        String url = settings.apply("motcua.sms.url");
        if (url == null || url.isBlank()) {
            return new LoggingSmsGateway();
        }
        return new HttpSmsGateway(URI.create(url.strip()), settings.apply("motcua.sms.token"), executor);
    }

    /** A system property, else the environment variable of the same name in capitals ("MOTCUA_SMS_URL"). */
    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value
                : System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
}
