package vn.motcua.identity.control;

import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import vn.motcua.identity.entity.PasswordHash;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Hashes passwords with bcrypt through Elytron's own API, so the jdbc-realm's bcrypt-mapper
 * verifies exactly what we store.
 */
public class PasswordHasher {

    static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();

    public PasswordHash hash(char[] password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword bcrypt = (BCryptPassword) factory.generatePassword(
                    new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            Base64.Encoder base64 = Base64.getEncoder();
            return new PasswordHash(base64.encodeToString(bcrypt.getHash()),
                    base64.encodeToString(bcrypt.getSalt()), bcrypt.getIterationCount());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    public boolean matches(char[] password, PasswordHash stored) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Base64.Decoder base64 = Base64.getDecoder();
            BCryptPassword bcrypt = (BCryptPassword) factory.generatePassword(
                    new IteratedSaltedHashPasswordSpec(
                            base64.decode(stored.hash()), base64.decode(stored.salt()), stored.iterations()));
            return factory.verify(bcrypt, password);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
