package vn.motcua.agency.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.agency.boundary.AgencyDirectory;
import vn.motcua.agency.boundary.AgencyDto;

import java.io.Serializable;
import java.util.List;

/** agencies.xhtml: the agency tree as a filterable table, for administrators, leaders and the province. */
@Named
@ViewScoped
public class AgenciesBacking implements Serializable {

    @Inject
    private AgencyDirectory directory;

    private List<AgencyDto> agencies;

    public List<AgencyDto> getAgencies() {
        if (agencies == null) {
            agencies = directory.all();
        }
        return agencies;
    }
}
