package vn.motcua.lookup.control;

import vn.motcua.agency.entity.Agency;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAction;
import vn.motcua.dossier.entity.DossierEvent;
import vn.motcua.dossier.entity.DossierStatus;
import vn.motcua.dossier.entity.DossierTask;
import vn.motcua.lookup.boundary.DossierStatusDto;
import vn.motcua.lookup.boundary.TimelineEntryDto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a dossier's journal and tasks into what its applicant may read: the steps a citizen cares
 * about (received, sent to a department, supplement asked with what to bring, new appointment,
 * refused with the reasons, result ready, collected). Internal work — acceptance, assignment, notes
 * between officers, returns to an earlier step — stays inside the office.
 */
public final class PublicTimeline {

    /** The public status; the rating token is made and shown only once the result is collected. */
    public DossierStatusDto of(Dossier dossier, List<DossierEvent> events, List<DossierTask> tasks,
                               Supplier<String> ratingToken) {
        Agency desk = dossier.getDesk();
        List<TimelineEntryDto> timeline = new ArrayList<>();
        for (DossierEvent event : events) {
            entry(event, desk).ifPresent(timeline::add);
        }
        String previous = desk.getName();
        for (DossierTask task : tasks.stream().sorted(Comparator.comparing(DossierTask::getOpenedAt)).toList()) {
            String agency = task.getAgency().getName();
            if (!task.getAgency().equals(desk) && !agency.equals(previous)) {
                timeline.add(new TimelineEntryDto(task.getOpenedAt(), "lookup.event.sentTo", agency, null));
            }
            previous = agency;
        }
        timeline.sort(Comparator.comparing(TimelineEntryDto::at));
        List<String> handledBy = dossier.getStatus().isRunning() ? tasks.stream()
                .filter(t -> t.getClosedAt() == null).map(t -> t.getAgency().getName()).distinct().toList() : List.of();
        return new DossierStatusDto(dossier.getCode().value(), dossier.getProcedure().getName(),
                NameMask.mask(dossier.getApplicant().getFullName()), dossier.getReceivedAt(), dossier.getAppointmentAt(),
                dossier.getStatus().name(), handledBy, desk.getName(), desk.getAddress(), toBring(dossier, events),
                List.copyOf(timeline), dossier.getStatus() == DossierStatus.RETURNED ? ratingToken.get() : null);
    }

    private static Optional<TimelineEntryDto> entry(DossierEvent event, Agency desk) {
        String what = switch (event.getAction()) {
            case RECEIVE -> "lookup.event.received";
            case REQUEST_SUPPLEMENT -> "lookup.event.supplementRequested";
            case SUPPLEMENT_RECEIVED -> "lookup.event.supplementReceived";
            case APOLOGISE -> "lookup.event.rescheduled";
            case REFUSE -> "lookup.event.refused";
            case STOP_ON_REQUEST -> "lookup.event.stopped";
            case RETURN_RESULT -> "lookup.event.returned";
            default -> event.getToStatus() == DossierStatus.READY_FOR_RETURN
                    && event.getFromStatus() != DossierStatus.READY_FOR_RETURN ? "lookup.event.ready" : null;
        };
        if (what == null) {
            return Optional.empty();
        }
        // the supplement request (form 02) and the refusal (form 03) are written to the applicant: their
        // text may be shown; every other note is between officers
        boolean addressedToApplicant = event.getAction() == DossierAction.REQUEST_SUPPLEMENT
                || event.getAction() == DossierAction.REFUSE;
        boolean atDesk = event.getAction() == DossierAction.RECEIVE || event.getAction() == DossierAction.RETURN_RESULT
                || "lookup.event.ready".equals(what);
        return Optional.of(new TimelineEntryDto(event.getOccurredAt(), what, atDesk ? desk.getName() : null,
                addressedToApplicant ? event.getNote() : null));
    }

    /** While the dossier waits for a supplement: the items the last form 02 asked for. */
    private static List<String> toBring(Dossier dossier, List<DossierEvent> events) {
        if (dossier.getStatus() != DossierStatus.AWAITING_SUPPLEMENT) {
            return List.of();
        }
        return events.stream().filter(e -> e.getAction() == DossierAction.REQUEST_SUPPLEMENT)
                .reduce((first, second) -> second).map(DossierEvent::getNote).filter(Objects::nonNull)
                .map(PublicTimeline::items).orElse(List.of());
    }

    /** Form 02's note is "reason: item; item" (Dossier.requestSupplement). */
    static List<String> items(String note) {
        int colon = note.indexOf(": ");
        String list = colon < 0 ? note : note.substring(colon + 2);
        return Arrays.stream(list.split("; ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
