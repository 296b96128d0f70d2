package vn.motcua.exchange.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Names of a department's two queues and of its download links. Each connected department has its own
 * pair, named by agency code, so that Artemis security can let its system read only its own outbound
 * queue and write only its own inbound queue (see configure.cli, "Department systems").
 */
public final class ExchangeQueues {

    /** Where every department's inbound address is diverted, for the one consumer. */
    public static final String INBOUND_ADDRESS_PREFIX = "jms.queue.motcua.dept.";
    static final String PUBLIC_URL = System.getProperty("motcua.public-url", "http://localhost:8080/motcua");

    private ExchangeQueues() {
    }

    public static String outbound(String agencyCode) {
        return "motcua.dept." + agencyCode + ".out";
    }

    public static String inbound(String agencyCode) {
        return "motcua.dept." + agencyCode + ".in";
    }

    /** The agency of a core address jms.queue.motcua.dept.&lt;code&gt;.in, or null for any other address. */
    public static String agencyOfInbound(String address) {
        if (address == null || !address.startsWith(INBOUND_ADDRESS_PREFIX) || !address.endsWith(".in")
                || address.length() <= INBOUND_ADDRESS_PREFIX.length() + 3) {
            return null;
        }
        return address.substring(INBOUND_ADDRESS_PREFIX.length(), address.length() - 3);
    }

    static String downloadUrl(long documentId, String agencyCode, Instant expires) {
        return PUBLIC_URL + "/api/v1/exchange/documents/" + documentId + "?agency="
                + URLEncoder.encode(agencyCode, StandardCharsets.UTF_8) + "&expires=" + expires.getEpochSecond()
                + "&token=" + DownloadLinks.token(documentId, agencyCode, expires);
    }
}
