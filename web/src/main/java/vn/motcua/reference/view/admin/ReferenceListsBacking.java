package vn.motcua.reference.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.RowEditEvent;
import vn.motcua.reference.boundary.ReferenceEntryDto;
import vn.motcua.reference.boundary.ReferenceListDto;
import vn.motcua.reference.boundary.ReferenceLists;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** admin/reference-lists.xhtml: the entries of one list, renamed in place, added, deactivated. */
@Named
@ViewScoped
public class ReferenceListsBacking implements Serializable {

    @Inject
    private ReferenceLists referenceLists;

    private List<ReferenceListDto> lists;
    private String listCode;
    private List<EditableEntry> entries;
    private String newCode;
    private String newName;

    @PostConstruct
    void load() {
        lists = referenceLists.lists();
        listCode = lists.isEmpty() ? null : lists.get(0).code();
        reload();
    }

    public void reload() {
        entries = listCode == null ? List.of() : referenceLists.entries(listCode).stream().map(EditableEntry::new).toList();
    }

    public void rename(RowEditEvent<EditableEntry> event) {
        EditableEntry row = event.getObject();
        act(() -> referenceLists.rename(row.getId(), row.getVersion(), row.getName()), "reference.saved");
    }

    public void toggle(EditableEntry row) {
        act(() -> referenceLists.setActive(row.getId(), row.getVersion(), !row.isActive()), "reference.saved");
    }

    public void add() {
        act(() -> referenceLists.add(listCode, newCode, newName), "reference.added");
        newCode = null;
        newName = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        reload();
    }

    public List<ReferenceListDto> getLists() {
        return lists;
    }

    public String getListCode() {
        return listCode;
    }

    public void setListCode(String listCode) {
        this.listCode = listCode;
    }

    public List<EditableEntry> getEntries() {
        return entries;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    /** A row the table edits; keeps the version it was read at, so a stale save is refused. */
    public static class EditableEntry implements Serializable {
        private final long id;
        private final String code;
        private final boolean active;
        private final long version;
        private String name;

        EditableEntry(ReferenceEntryDto entry) {
            this.id = entry.id();
            this.code = entry.code();
            this.active = entry.active();
            this.version = entry.version();
            this.name = entry.name();
        }

        public long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public boolean isActive() {
            return active;
        }

        public long getVersion() {
            return version;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
