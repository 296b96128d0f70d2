package vn.motcua.agency.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.motcua.agency.boundary.AgencyAdministration;
import vn.motcua.agency.boundary.AgencyChangeDto;
import vn.motcua.agency.boundary.AgencyDto;
import vn.motcua.agency.boundary.NewAgencyDto;
import vn.motcua.agency.entity.AgencyKind;
import vn.motcua.shared.boundary.BusinessException;
import vn.motcua.shared.boundary.Clocks;
import vn.motcua.shared.view.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** admin/agencies.xhtml: the agency tree an administrator manages, and its reorganisation. */
@Named
@ViewScoped
public class AgencyTreeBacking implements Serializable {

    @Inject
    private AgencyAdministration administration;

    private TreeNode<AgencyDto> root;
    private List<AgencyDto> agencies;
    private TreeNode<AgencyDto> selectedNode;
    private final AgencyChangeForm form = new AgencyChangeForm();
    private List<AgencyChangeDto> history = List.of();

    @PostConstruct
    void load() {
        agencies = administration.managed();
        root = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<AgencyDto>> nodes = new HashMap<>();
        for (AgencyDto agency : agencies) {
            TreeNode<AgencyDto> parent = nodes.getOrDefault(agency.parentCode(), root);
            TreeNode<AgencyDto> node = new DefaultTreeNode<>(agency, parent);
            node.setExpanded(parent == root || parent.getParent() == root);
            nodes.put(agency.code(), node);
        }
    }

    public void select() {
        history = selected() == null ? List.of() : administration.history(selected().code());
        form.prepareFor(selected());
    }

    public void addChild() {
        act(() -> administration.add(new NewAgencyDto(selectedCode(), form.getCode(), form.getName(), form.getKind(),
                form.getAddress(), form.getDate())), "agencyTree.added");
    }

    public void rename() {
        act(() -> administration.rename(selectedCode(), selected().version(), form.getName(), form.getDate()), "agencyTree.renamed");
    }

    public void move() {
        act(() -> administration.move(selectedCode(), selected().version(), form.getTargetCode(), form.getDate()), "agencyTree.moved");
    }

    public void merge() {
        act(() -> administration.merge(selectedCode(), selected().version(), form.getTargetCode(), form.getDate()), "agencyTree.merged");
    }

    public void retire() {
        act(() -> administration.retire(selectedCode(), selected().version(), form.getDate()), "agencyTree.retired");
    }

    private void act(Runnable action, String doneKey) {
        if (selected() == null) {
            FacesMessages.error("agencyTree.selectFirst");
            return;
        }
        try {
            action.run();
            FacesMessages.info(doneKey);
            String code = selectedCode();
            load();
            selectedNode = null;
            history = administration.history(code);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    private AgencyDto selected() {
        return selectedNode == null ? null : selectedNode.getData();
    }

    private String selectedCode() {
        return selected() == null ? null : selected().code();
    }

    public boolean isActive(AgencyDto agency) {
        return agency.activeUntil() == null || !agency.activeUntil().isBefore(LocalDate.now(Clocks.VIETNAM));
    }

    public TreeNode<AgencyDto> getRoot() {
        return root;
    }

    public List<AgencyDto> getAgencies() {
        return agencies;
    }

    public AgencyKind[] getKinds() {
        return AgencyKind.values();
    }

    public TreeNode<AgencyDto> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<AgencyDto> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public AgencyChangeForm getForm() {
        return form;
    }

    public List<AgencyChangeDto> getHistory() {
        return history;
    }
}
