package vn.motcua.dossier.control;

import vn.motcua.shared.boundary.Clocks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Where a generated dossier stands now: its appointment from the procedure's term (Monday to Friday,
 * holidays ignored), how long the office took (mostly within the term, one in ten late), whether it is
 * done (returned, now and then refused or stopped) or still running, and one task per workflow step
 * passed, closed, with the step in hand open. A few old dossiers are left stuck, overdue.
 */
final class GeneratedLife {

    record Step(int position, long agencyId, String agencyCode, String role, double budgetDays) {
    }

    record Procedure(long id, String code, String field, String termUnit, double termAmount, List<Step> steps) {
    }

    record Task(int step, long agencyId, String role, Instant openedAt, Instant dueAt, String assignee,
                Instant closedAt, String outcome, String timeliness) {
    }

    private static final LocalTime CLOSING = LocalTime.of(17, 0);

    final String status;
    final Instant appointment;
    final Instant finishedAt;
    final String timeliness;
    final Instant pausedAt;
    final int currentStep;
    final List<Task> tasks = new ArrayList<>();

    GeneratedLife(Procedure procedure, Instant received, Instant now, Random random) {
        appointment = due(procedure, received);
        long term = Math.max(Duration.between(received, appointment).toMinutes(), 60);
        double pace = random.nextInt(10) == 0 ? 1 + random.nextDouble() * 0.6 : 0.3 + random.nextDouble() * 0.7;
        Instant done = received.plus(Duration.ofMinutes((long) (term * pace)));
        boolean stuck = random.nextInt(1000) == 0;
        List<Step> steps = procedure.steps();
        if (done.isBefore(now) && !stuck) {
            int ending = random.nextInt(100);
            String outcome = ending < 96 ? "RETURNED" : ending < 98 ? "REFUSED" : "STOPPED";
            int reached = outcome.equals("RETURNED") ? steps.size() : 1 + random.nextInt(Math.max(steps.size() - 1, 1));
            status = outcome;
            finishedAt = done;
            timeliness = !outcome.equals("RETURNED") ? null : done.isAfter(appointment) ? "LATE"
                    : done.isBefore(appointment.minus(Duration.ofDays(1))) ? "EARLY" : "ON_TIME";
            pausedAt = null;
            currentStep = reached;
            tasks(procedure, received, done, reached, null, random);
            return;
        }
        double share = Math.min(0.999, (double) Duration.between(received, now).toMinutes()
                / Math.max(Duration.between(received, done).toMinutes(), 1));
        int open = stuck ? 1 + random.nextInt(Math.max(steps.size() - 1, 1))
                : Math.min(steps.size(), 1 + (int) (share * steps.size()));
        boolean ready = open == steps.size() && !stuck;
        boolean paused = !ready && open > 1 && random.nextInt(14) == 0;
        status = ready ? "READY_FOR_RETURN" : paused ? "AWAITING_SUPPLEMENT" : open == 1 ? "RECEIVED" : "IN_PROGRESS";
        finishedAt = null;
        timeliness = null;
        pausedAt = paused ? now.minus(Duration.ofHours(1 + random.nextInt(72))) : null;
        currentStep = open;
        // a stuck dossier's steps moved during its term and then stopped; the others' steps up to now
        Instant stepsUntil = stuck ? received.plus(Duration.ofMinutes(term * 8 / 10)) : now;
        tasks(procedure, received, stepsUntil, ready ? open : open - 1, ready ? null : now, random);
    }

    /**
     * Tasks for the first {@code closed} steps, spread over received..end by their budgets, and when
     * {@code openAt} is given one open task for the next step, opened after the last closed one.
     */
    private void tasks(Procedure procedure, Instant received, Instant end, int closed, Instant openAt, Random random) {
        List<Step> steps = procedure.steps();
        double budget = steps.stream().mapToDouble(Step::budgetDays).sum();
        long span = Duration.between(received, end).toMinutes();
        Instant opened = received;
        for (int i = 0; i < closed && i < steps.size(); i++) {
            Step step = steps.get(i);
            Instant closes = opened.plus(Duration.ofMinutes(Math.max(1, (long) (span * step.budgetDays() / budget))));
            Instant due = addWorkingDays(opened, step.budgetDays());
            tasks.add(new Task(step.position(), step.agencyId(), step.role(), opened, due, assignee(step, random),
                    closes, i == steps.size() - 1 ? "FORWARD" : outcomeOf(step), closes.isAfter(due) ? "LATE" : "ON_TIME"));
            opened = closes;
        }
        if (openAt != null && closed < steps.size()) {
            Step step = steps.get(closed);
            Instant openedAt = opened.isAfter(openAt) ? openAt : opened;
            tasks.add(new Task(step.position(), step.agencyId(), step.role(), openedAt,
                    addWorkingDays(openedAt, step.budgetDays()), random.nextInt(4) == 0 ? null : assignee(step, random),
                    null, null, null));
        }
    }

    private static String outcomeOf(Step step) {
        return step.role().equals("LEADER") ? "APPROVE" : "FORWARD";
    }

    /** The demo office's officer of each agency and role; the one leader signs for every department. */
    private static String assignee(Step step, Random random) {
        if (step.role().equals("LEADER")) {
            return "lanhdao";
        }
        return switch (step.agencyCode()) {
            case "000.01.19.H21" -> random.nextBoolean() ? "tiepnhan" : "tiepnhan2";
            case "000.00.19.H21" -> "vanthu";
            case "000.04.19.H21" -> "tuphap";
            case "000.05.19.H21" -> "kinhte";
            case "000.06.19.H21" -> "taichinh";
            case "000.07.19.H21" -> "yte";
            default -> random.nextInt(3) == 0 ? "vpdk2" : "chuyenvien";
        };
    }

    /** The appointment: same-day terms end at 17:00, or the next working day after the 15:00 cut-off. */
    static Instant due(Procedure procedure, Instant received) {
        ZonedDateTime at = received.atZone(Clocks.VIETNAM);
        return switch (procedure.termUnit()) {
            case "SAME_DAY" -> (at.toLocalTime().isBefore(LocalTime.of(15, 0)) ? at.toLocalDate()
                    : nextWorkingDay(at.toLocalDate())).atTime(CLOSING).atZone(Clocks.VIETNAM).toInstant();
            case "WORKING_HOURS" -> received.plus(Duration.ofMinutes((long) (procedure.termAmount() * 60)));
            default -> addWorkingDays(received, procedure.termAmount());
        };
    }

    static Instant addWorkingDays(Instant from, double days) {
        ZonedDateTime at = from.atZone(Clocks.VIETNAM);
        LocalDate day = at.toLocalDate();
        for (int i = 0; i < (int) days; i++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(at.toLocalTime()).atZone(Clocks.VIETNAM).toInstant()
                .plus(Duration.ofMinutes((long) ((days - (int) days) * 8 * 60)));
    }

    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
