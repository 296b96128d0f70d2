package vn.motcua.dossier.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.motcua.dossier.boundary.Inbox;
import vn.motcua.dossier.boundary.InboxRowDto;
import vn.motcua.dossier.boundary.PageDto;
import vn.motcua.dossier.entity.DeadlineWarning;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** dossiers/inbox.xhtml: the open tasks of the officer's departments, a page at a time, coloured by deadline. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    @Inject
    private Inbox inbox;

    private String text;
    private boolean mine;
    private DeadlineWarning warning;

    private final LazyDataModel<InboxRowDto> tasks = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.page(text, mine, warning, 0, 1, null, true).total();
        }

        @Override
        public List<InboxRowDto> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PageDto<InboxRowDto> page = inbox.page(text, mine, warning, first, pageSize,
                    sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(InboxRowDto row) {
            return String.valueOf(row.taskId());
        }
    };

    public LazyDataModel<InboxRowDto> getTasks() {
        return tasks;
    }

    /** The CSS class colouring a row by the stronger of the dossier's and the step's level. */
    public String rowStyle(InboxRowDto row) {
        if ("OVERDUE".equals(row.dossierLevel()) || "OVERDUE".equals(row.stepLevel())) {
            return "level-overdue";
        }
        if ("DUE_SOON".equals(row.dossierLevel()) || "DUE_SOON".equals(row.stepLevel())) {
            return "level-due-soon";
        }
        return "PAUSED".equals(row.dossierLevel()) ? "level-paused" : "level-within";
    }

    public DeadlineWarning[] getWarnings() {
        return DeadlineWarning.values();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public DeadlineWarning getWarning() { return warning; }
    public void setWarning(DeadlineWarning warning) { this.warning = warning; }
}
