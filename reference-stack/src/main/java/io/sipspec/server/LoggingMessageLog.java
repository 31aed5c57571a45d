package io.sipspec.server;

import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipMessage;
import io.sipspec.transport.Flow;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every message a stack receives or sends, one line each at INFO: direction, transport, local and remote
 * address, start line. At DEBUG the line carries the whole message, with the credentials of Authorization and
 * Proxy-Authorization masked (RFC 7616 §3.4: "The server implementation SHOULD be careful with the information being
 * logged").
 */
public final class LoggingMessageLog implements MessageLog {

    private final Logger log;

    public LoggingMessageLog() {
        this(LoggerFactory.getLogger("io.sipspec.server.messages"));
    }

    LoggingMessageLog(Logger log) {
        this.log = log;
    }

    @Override
    public void received(SipMessage message, Flow flow) {
        if (!log.isInfoEnabled()) {
            return;
        }
        write("recv", flow == null ? null : flow.transport() + " " + address(flow.local()) + " <- " + address(flow.remote()), message);
    }

    @Override
    public void sent(SipMessage message, Flow flow) {
        if (!log.isInfoEnabled()) {
            return;
        }
        write("sent", flow == null ? null : flow.transport() + " " + address(flow.local()) + " -> " + address(flow.remote()), message);
    }

    private void write(String direction, String where, SipMessage message) {
        String line = direction + " " + (where == null ? "(send failed)" : where) + " " + message.startLine();
        if (log.isDebugEnabled()) {
            log.debug("{}\n{}", line, masked(message));
        } else {
            log.info(line);
        }
    }

    /** The message as text, credentials masked. */
    static String masked(SipMessage m) {
        StringBuilder sb = new StringBuilder(m.length() + 16).append(m.startLine()).append("\r\n");
        for (HeaderField f : m.headers()) {
            sb.append(f.name().name()).append(": ");
            if (f.name() == HeaderName.AUTHORIZATION || f.name() == HeaderName.PROXY_AUTHORIZATION) {
                int sp = f.value().indexOf(' ');
                sb.append(sp > 0 ? f.value().substring(0, sp) + " ***" : "***");
            } else {
                sb.append(f.value());
            }
            sb.append("\r\n");
        }
        sb.append("\r\n");
        if (m.bodyLength() > 0) {
            sb.append(m.bodyText());
        }
        return sb.toString();
    }

    private static String address(InetSocketAddress a) {
        return a.getAddress() == null ? a.getHostString() + ":" + a.getPort()
                : (a.getAddress().getAddress().length == 16 ? "[" + a.getAddress().getHostAddress() + "]" : a.getAddress().getHostAddress())
                        + ":" + a.getPort();
    }
}
