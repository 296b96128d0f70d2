package vn.motcua.exchange.client;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonReader;

import javax.naming.Context;
import javax.naming.InitialContext;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * A department system's end of the exchange, as a reference for department IT teams: it reads the
 * dossiers MotCua forwards from motcua.dept.&lt;agency code&gt;.out and answers on motcua.dept.&lt;agency
 * code&gt;.in, signed in to the broker with the department's own account. Each answer is sent in one
 * local transaction with the receipt of the forward it answers: if the answer cannot be sent, the
 * forward stays on the queue; a forward is never lost and never answered twice by one client.
 *
 * <pre>
 * java -cp <these classes>:jakarta.json-api.jar:parsson.jar:$WILDFLY/bin/client/jboss-client.jar \
 *      vn.motcua.exchange.client.DepartmentClient http-remoting://localhost:8080 dept-000.03.19.H21 'MotCua@2026' \
 *      000.03.19.H21 DONE
 * </pre>
 */
public class DepartmentClient implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DepartmentClient.class.getName());

    private final JMSContext context;
    private final JMSConsumer forwards;
    private final Queue inbound;
    private final String agencyCode;
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();

    public DepartmentClient(ConnectionFactory factory, String user, String password, String agencyCode) {
        this.agencyCode = agencyCode;
        this.context = factory.createContext(user, password, JMSContext.SESSION_TRANSACTED);
        this.forwards = context.createConsumer(context.createQueue("motcua.dept." + agencyCode + ".out"));
        this.inbound = context.createQueue("motcua.dept." + agencyCode + ".in");
    }

    /** The connection factory of a WildFly server, looked up over http-remoting with the department's account. */
    public static ConnectionFactory remoteFactory(String url, String user, String password) throws Exception {
        Properties env = new Properties();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_PRINCIPAL, user);
        env.put(Context.SECURITY_CREDENTIALS, password);
        InitialContext naming = new InitialContext(env);
        try {
            return (ConnectionFactory) naming.lookup("jms/RemoteConnectionFactory");
        } finally {
            naming.close();
        }
    }

    /**
     * Takes the next forward and sends what {@code answer} makes of it (one or more update bodies, or
     * none), committing both together; nothing waiting within the timeout gives an empty result.
     */
    public Optional<ForwardedDossier> answerNext(Duration timeout, Function<ForwardedDossier, java.util.List<String>> answer) {
        Message message = forwards.receive(timeout.toMillis());
        if (message == null) {
            return Optional.empty();
        }
        try {
            ForwardedDossier dossier;
            try (JsonReader reader = Json.createReader(new StringReader(((TextMessage) message).getText()))) {
                dossier = ForwardedDossier.of(reader.readObject());
            }
            for (String body : answer.apply(dossier)) {
                send(dossier.dossierCode(), body);
            }
            context.commit();
            return Optional.of(dossier);
        } catch (Exception e) {
            context.rollback();
            throw new IllegalStateException("forward not answered, left on the queue", e);
        }
    }

    /** Sends a status update outside a forward's transaction (a later answer), and commits it. */
    public void sendNow(String dossierCode, String body) {
        send(dossierCode, body);
        context.commit();
    }

    /** The next sequence this client uses for the dossier: 1, 2, 3 … (a real system keeps it in its database). */
    public long nextSequence(String dossierCode) {
        return sequences.merge(dossierCode, 1L, Long::sum);
    }

    private void send(String dossierCode, String body) {
        context.createProducer().setProperty("JMSXGroupID", dossierCode).send(inbound, body);
    }

    public String agencyCode() {
        return agencyCode;
    }

    @Override
    public void close() {
        context.close();
    }

    /** Runs as the department: answers every forward with ACCEPTED, then DONE with a result, until stopped. */
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: DepartmentClient <http-remoting://host:port> <user> <password> <agency code> [ACCEPTED|DONE]");
            System.exit(2);
        }
        boolean done = args.length < 5 || "DONE".equals(args[4]);
        try (DepartmentClient client = new DepartmentClient(remoteFactory(args[0], args[1], args[2]), args[1], args[2], args[3])) {
            LOG.info(() -> "waiting for dossiers on motcua.dept." + args[3] + ".out");
            while (!Thread.currentThread().isInterrupted()) {
                client.answerNext(Duration.ofSeconds(30), dossier -> {
                    LOG.info(() -> "dossier " + dossier.dossierCode() + " step " + dossier.step() + " due " + dossier.dueAt());
                    String accepted = StatusUpdates.accepted(dossier, client.nextSequence(dossier.dossierCode()));
                    return done ? java.util.List.of(accepted, StatusUpdates.done(dossier, client.nextSequence(dossier.dossierCode()),
                            "KQ-" + dossier.dossierCode(), StatusUpdates.samplePdf("Ket qua " + dossier.dossierCode())))
                            : java.util.List.of(accepted);
                });
            }
        }
    }
}
