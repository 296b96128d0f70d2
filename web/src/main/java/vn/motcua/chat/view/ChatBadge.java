package vn.motcua.chat.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import vn.motcua.chat.boundary.Conversations;

/** The number on the chat icon of the staff shell: messages the officer has not read yet. */
@Named
@RequestScoped
public class ChatBadge {

    @EJB
    private Conversations conversations;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            String officer = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            unread = officer == null ? 0L : conversations.unreadTotal(officer);
        }
        return unread;
    }
}
