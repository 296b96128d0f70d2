package vn.motcua.agency.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.agency.boundary.AgencyDirectory;
import vn.motcua.agency.boundary.AgencyDto;

import java.io.Serializable;
import java.util.List;

/** admin/agencies.xhtml: the agency tree as a filterable table. */
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
