package vn.motcua.exchange.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.exchange.boundary.DeadLetterDto;
import vn.motcua.exchange.boundary.DeadLetters;
import vn.motcua.exchange.boundary.DepartmentConnections;
import vn.motcua.exchange.boundary.DepartmentLinkDto;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * admin/exchange.xhtml: which departments' systems are connected, and the messages they sent that could
 * not be applied — the body and the reason, to correct and replay, or to discard.
 */
@Named
@ViewScoped
public class ExchangeBacking implements Serializable {

    @Inject
    private DepartmentConnections connections;

    @Inject
    private DeadLetters deadLetters;

    private List<DepartmentLinkDto> departments;
    private List<DeadLetterDto> letters;
    private DeadLetterDto selected;
    private String body;

    @PostConstruct
    void load() {
        departments = connections.departments();
        letters = deadLetters.list();
    }

    public void connect(DepartmentLinkDto department) {
        act(() -> connections.connect(department.agencyCode()), "exchange.connected");
    }

    public void disconnect(DepartmentLinkDto department) {
        act(() -> connections.disconnect(department.agencyCode()), "exchange.disconnected");
    }

    public void inspect(DeadLetterDto letter) {
        selected = letter;
        body = letter.body();
    }

    public void replay() {
        act(() -> deadLetters.replay(selected.id(), body), "exchange.deadLetter.replayed");
    }

    public void discard() {
        act(() -> deadLetters.discard(selected.id()), "exchange.deadLetter.discarded");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
            selected = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        load();
    }

    public List<DepartmentLinkDto> getDepartments() { return departments; }
    public List<DeadLetterDto> getLetters() { return letters; }
    public DeadLetterDto getSelected() { return selected; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
