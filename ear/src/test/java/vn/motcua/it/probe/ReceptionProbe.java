package vn.motcua.it.probe;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import vn.motcua.audit.boundary.AuditLog;

/** Calls boundaries as a reception officer, to prove role checks hold inside the EJB tier too. */
@Stateless
@PermitAll
@RunAs("RECEPTION")
public class ReceptionProbe {

    @EJB
    private AuditLog log;

    public int readAuditLog() {
        return log.recent(0, 10).size();
    }
}
