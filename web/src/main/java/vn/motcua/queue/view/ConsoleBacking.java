package vn.motcua.queue.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.agency.boundary.CounterAdministration;
import vn.motcua.agency.boundary.CounterDto;
import vn.motcua.dossier.boundary.DossierReception;
import vn.motcua.queue.boundary.ConsoleDto;
import vn.motcua.queue.boundary.CounterConsole;
import vn.motcua.queue.boundary.CounterTicketDto;
import vn.motcua.queue.boundary.ServiceGroupDto;
import vn.motcua.queue.boundary.TicketDispenser;
import vn.motcua.reference.boundary.ReferenceEntryDto;
import vn.motcua.reference.boundary.ReferenceLists;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** queue/console.xhtml: the reception officer's counter — sit, call, recall, no-show, serve, transfer, pause. */
@Named
@ViewScoped
public class ConsoleBacking implements Serializable {

    @Inject
    private CounterConsole console;

    @Inject
    private DossierReception reception;

    @Inject
    private CounterAdministration counters;

    @Inject
    private TicketDispenser dispenser;

    @Inject
    private ReferenceLists references;

    private List<AgencyDto> desks;
    private String desk;
    private Long counterId;
    private ConsoleDto state;
    private String transferPrefix;
    private Integer transferCounter;
    private String issuePrefix;
    private String issuePriority;

    @PostConstruct
    void load() {
        desks = reception.desks();
        refresh();
        desk = state.seat() != null ? state.seat().desk() : desks.isEmpty() ? null : desks.get(0).code();
        counterId = state.seat() != null ? state.seat().counterId() : null;
    }

    public void refresh() {
        state = console.console();
    }

    public void sit() {
        act(() -> console.sit(counterId == null ? -1 : counterId), "queue.console.seated");
    }

    public void leave() {
        act(console::leave, "queue.console.left");
    }

    public void callNext() {
        try {
            CounterTicketDto called = console.callNext(seat());
            if (called == null) {
                FacesMessages.info("queue.console.nobody");
            }
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        refresh();
    }

    public void recall() {
        act(() -> console.recall(seat()), null);
    }

    public void skip() {
        act(() -> console.skip(seat()), null);
    }

    public void start() {
        act(() -> console.start(seat()), null);
    }

    public void finish() {
        act(() -> console.finish(seat()), null);
    }

    public void transfer() {
        act(() -> console.transfer(seat(), transferPrefix, transferCounter), "queue.console.transferred");
        transferPrefix = null;
        transferCounter = null;
    }

    /** A number for someone at the desk, with the priority category they show papers for. */
    public void issueAtDesk() {
        try {
            FacesMessages.info("queue.console.issued", dispenser.issueAtDesk(state.seat().desk(), issuePrefix, issuePriority).label());
            issuePriority = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        refresh();
    }

    public void pause() {
        act(() -> console.pause(seat()), null);
    }

    public void resume() {
        act(() -> console.resume(seat()), null);
    }

    private long seat() {
        return state.seat() == null ? -1 : state.seat().counterId();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            if (doneKey != null) {
                FacesMessages.info(doneKey);
            }
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        refresh();
    }

    public List<CounterDto> getCounters() {
        return desk == null ? List.of() : counters.counters(desk).stream().filter(CounterDto::active).toList();
    }

    public List<ServiceGroupDto> getGroups() {
        return state.seat() == null ? List.of() : dispenser.groups(state.seat().desk());
    }

    public List<ReferenceEntryDto> getPriorities() {
        return references.activeEntries("PRIORITY");
    }

    public List<AgencyDto> getDesks() { return desks; }
    public String getIssuePrefix() { return issuePrefix; }
    public void setIssuePrefix(String issuePrefix) { this.issuePrefix = issuePrefix; }
    public String getIssuePriority() { return issuePriority; }
    public void setIssuePriority(String issuePriority) { this.issuePriority = issuePriority; }
    public String getDesk() { return desk; }
    public void setDesk(String desk) { this.desk = desk; }
    public Long getCounterId() { return counterId; }
    public void setCounterId(Long counterId) { this.counterId = counterId; }
    public ConsoleDto getState() { return state; }
    public String getTransferPrefix() { return transferPrefix; }
    public void setTransferPrefix(String transferPrefix) { this.transferPrefix = transferPrefix; }
    public Integer getTransferCounter() { return transferCounter; }
    public void setTransferCounter(Integer transferCounter) { this.transferCounter = transferCounter; }
}
