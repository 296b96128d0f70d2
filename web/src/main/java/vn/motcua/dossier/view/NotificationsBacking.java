package vn.motcua.dossier.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.dossier.boundary.Notifications;

import java.io.Serializable;
import java.util.List;

/** notifications.xhtml: the officer's unread warnings and assignments, each linking to its dossier. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    @Inject
    private Notifications notifications;

    private List<Notifications.NotificationDto> unread;

    public List<Notifications.NotificationDto> getUnread() {
        if (unread == null) {
            unread = notifications.unread(200);
        }
        return unread;
    }

    public void markAllRead() {
        notifications.markRead(getUnread().stream().map(Notifications.NotificationDto::id).toList());
        unread = null;
    }
}
