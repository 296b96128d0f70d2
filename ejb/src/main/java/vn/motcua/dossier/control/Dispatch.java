package vn.motcua.dossier.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import vn.motcua.dossier.boundary.NotificationMessage;
import vn.motcua.dossier.boundary.RoutingMessage;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.Notification;

import vn.motcua.shared.boundary.Clocks;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sends the dossier's messages inside the caller's JTA transaction (the JMSContext joins it): a
 * hand-off that rolls back was never routed, one that commits is durably queued.
 */
@Dependent
public class Dispatch {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Clocks.VIETNAM);

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/motcua/routing")
    private Queue routingQueue;

    @Resource(lookup = "java:/jms/motcua/notification")
    private Queue notificationQueue;

    /** Routes the steps the last journaled event opened; nothing is sent for none. */
    public Optional<RoutingMessage> route(Dossier dossier, Set<Integer> openedSteps, String givenBy, Instant at) {
        if (openedSteps.isEmpty()) {
            return Optional.empty();
        }
        RoutingMessage message = new RoutingMessage(dossier.getId(), dossier.getCode().value(), dossier.getEventCount(),
                List.copyOf(openedSteps), givenBy, at);
        jms.createProducer().setProperty("formatVersion", RoutingMessage.FORMAT_VERSION)
                .send(routingQueue, JSON.toJson(message));
        return Optional.of(message);
    }

    public void notifyOfficers(Collection<String> usernames, String dossierCode, Notification.Topic topic, String body,
                               Instant at) {
        if (!usernames.isEmpty()) {
            send(new NotificationMessage(UUID.randomUUID().toString(), Notification.RecipientKind.OFFICER,
                    List.copyOf(usernames), dossierCode, topic, body, at));
        }
    }

    public void notifyApplicant(Dossier dossier, Notification.Topic topic, String body, Instant at) {
        send(new NotificationMessage(UUID.randomUUID().toString(), Notification.RecipientKind.APPLICANT,
                List.of(String.valueOf(dossier.getApplicant().getId())), dossier.getCode().value(), topic, body, at));
    }

    /** An instant as the messages word it: "16:30 02/03/2026". */
    public static String format(Instant instant) {
        return WHEN.format(instant);
    }

    private void send(NotificationMessage message) {
        jms.createProducer().setProperty("formatVersion", NotificationMessage.FORMAT_VERSION)
                .send(notificationQueue, JSON.toJson(message));
    }
}
