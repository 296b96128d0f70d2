package vn.motcua.it.probe;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.concurrent.Callable;

/** Runs test code as a real officer, authenticated by the motcua Elytron domain (the same realm as the web). */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String username, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence("MotCua@2026".toCharArray()));
        return identity.runAs(action);
    }
}
