package vn.motcua.it;

/** Where the test server listens: port 8080 moved by {@code it.port.offset}, so two checkouts can test at once. */
public final class ServerAddress {

    private ServerAddress() {
    }

    /** {@code http://localhost:<port>/} of the test server. */
    public static String root() {
        return "http://localhost:" + (8080 + offset()) + "/";
    }

    /** The test JVM is told it.port.offset; inside the server the same number is WildFly's own port offset. */
    private static int offset() {
        return Integer.getInteger("it.port.offset", Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    /** {@code http://localhost:<port>/motcua/}. */
    public static String app() {
        return root() + "motcua/";
    }
}
