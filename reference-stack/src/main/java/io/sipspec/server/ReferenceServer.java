package io.sipspec.server;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Flow;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.slf4j.LoggerFactory;

/**
 * The runnable reference server: one command starts a reference element on the chosen transports and ports.
 *
 * <pre>{@code
 * java -jar reference-stack/target/sipspec-reference-server.jar --role=registrar --listen=udp:127.0.0.1:5060 \
 *      --users=alice:secret
 * }</pre>
 *
 * <p>The configuration is a properties file ({@code --config FILE}) with {@code --key=value} overrides; the keys are
 * those of {@link ConfigKey} ({@code --help} lists them). Every message received and sent is logged
 * ({@link LoggingMessageLog}). When the element is listening the server prints one line, {@code sipspec <role>
 * listening on <points>}, on standard output; on SIGTERM it closes the stack and prints {@code sipspec <role>
 * stopped}. A bad configuration exits with status 2, a failure to start (a port in use) with 1.
 */
public final class ReferenceServer implements AutoCloseable {

    private final ServerConfig config;
    private final SipStack stack;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ReferenceServer(ServerConfig config, SipStack stack) {
        this.config = config;
        this.stack = stack;
    }

    /**
     * Starts the element {@code args} configure, with the {@link RoleRegistry#defaults() reference elements}.
     *
     * @throws ConfigException for a bad configuration or a role not available yet
     */
    public static ReferenceServer start(String... args) {
        return start(ServerConfig.fromArgs(args), RoleRegistry.defaults());
    }

    /**
     * Starts the element of {@code config.role()} that {@code roles} registers.
     *
     * @throws ConfigException when the role is not available or the TLS files cannot be read
     */
    public static ReferenceServer start(ServerConfig config, RoleRegistry roles) {
        ElementFactory factory = roles.require(config.role());
        SipStack.Builder b = SipStack.builder()
                .timers(config.timers())
                .log(new LoggingMessageLog())
                .faults(config.faults())
                .user(s -> factory.create(s, config));
        for (ListenPoint p : config.listen()) {
            b.listen(p.transport(), p.address());
        }
        if (config.tlsCert() != null && config.tlsKey() != null) {
            b.tlsServer(tls(config));
        }
        if (config.viaHost() != null) {
            b.viaHost(config.viaHost());
        }
        if (!config.faults().isEmpty()) {
            LoggerFactory.getLogger(ReferenceServer.class).warn("the {} element commits injected faults: {}", config.role().token(),
                    config.faults());
        }
        return new ReferenceServer(config, b.build());
    }

    private static SslContext tls(ServerConfig config) {
        try {
            return SslContextBuilder.forServer(config.tlsCert().toFile(), config.tlsKey().toFile()).build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new ConfigException(ConfigKey.TLS_CERT, "cannot use " + config.tlsCert() + " and " + config.tlsKey() + ": "
                    + e.getMessage());
        }
    }

    public ServerConfig config() {
        return config;
    }

    public SipStack stack() {
        return stack;
    }

    /** The element running on the stack. */
    public TransactionUser element() {
        return stack.user();
    }

    /** The bound listening points (a configured port 0 shows the port chosen). */
    public List<ListenPoint> listeningPoints() {
        return stack.transport().listeningPoints().stream().map(ReferenceServer::point).toList();
    }

    private static ListenPoint point(Flow f) {
        return new ListenPoint(f.transport(), f.local());
    }

    /** "sipspec registrar listening on udp:127.0.0.1:5060, tcp:127.0.0.1:5060". */
    public String readyLine() {
        return "sipspec " + config.role().token() + " listening on "
                + listeningPoints().stream().map(ListenPoint::toString).collect(Collectors.joining(", "));
    }

    /** "sipspec registrar stopped". */
    public String stoppedLine() {
        return "sipspec " + config.role().token() + " stopped";
    }

    /** Closes the element, then the stack (at most a few seconds). Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (stack.user() instanceof AutoCloseable c) {
                c.close();
            }
        } catch (Exception e) {
            // The stack is closed anyway: the element's failure to close does not keep the ports bound.
            LoggerFactory.getLogger(ReferenceServer.class).warn("closing the {} element: {}", config.role().token(), e.toString());
        } finally {
            stack.close();
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    public static void main(String[] args) {
        configureLogging(args);
        int status = run(args, System.out, System.err, server -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println(server.stoppedLine());
        }, "sipspec-shutdown")));
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Starts the server {@code args} configure and prints its ready line on {@code out}; {@code started} sees the
     * server before the line is printed.
     *
     * @return 0 when the server runs (or --help was printed), 2 for a bad configuration, 1 when it cannot start
     */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<ReferenceServer> started) {
        ServerConfig config;
        ReferenceServer server;
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.help()) {
                out.print(usage());
                return 0;
            }
            config = ServerConfig.from(line);
            server = start(config, RoleRegistry.defaults());
        } catch (ConfigException e) {
            err.println("sipspec: " + e.getMessage());
            err.println("sipspec: --help lists the configuration keys");
            return 2;
        } catch (RuntimeException e) {
            err.println("sipspec: cannot start: " + e.getMessage());
            return 1;
        }
        started.accept(server);
        out.println(server.readyLine());
        out.flush();
        return 0;
    }

    static String usage() {
        return "usage: sipspec-server [--config FILE] [--key=value ...]\n"
                + "Starts a sipspec reference element. Keys (in FILE as key=value; the command line wins):\n" + ConfigKey.usage();
    }

    /**
     * Sets the levels of slf4j-simple (the jar's logging binding) from the {@code log} key before anything logs: that
     * level for io.sipspec, warn for the libraries; times of day on each line. Properties already set win.
     */
    private static void configureLogging(String[] args) {
        String level = ConfigKey.LOG.defaultValue();
        try {
            level = CommandLine.parse(args).value(ConfigKey.LOG).trim();
        } catch (ConfigException e) {
            // run() reports the bad argument.
        }
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.io.sipspec", level);
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
