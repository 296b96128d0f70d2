package vn.motcua.queue.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.queue.boundary.BoardStateDto;
import vn.motcua.queue.boundary.DisplayBoards;

/** board.xhtml?desk=…: the desk's display board, painted from the current state, then kept live by board.js. */
@Named
@RequestScoped
public class BoardBacking {

    @Inject
    private DisplayBoards boards;

    private BoardStateDto state;

    public BoardStateDto getState() {
        if (state == null) {
            String desk = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("desk");
            state = desk == null || desk.length() > 40 ? null : boards.state(desk);
        }
        return state;
    }
}
