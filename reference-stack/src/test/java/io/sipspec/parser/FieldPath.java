package io.sipspec.parser;

import io.sipspec.message.Address;
import io.sipspec.message.AuthValue;
import io.sipspec.message.CSeq;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.HeaderType;
import io.sipspec.message.Host;
import io.sipspec.message.MediaType;
import io.sipspec.message.Parameters;
import io.sipspec.message.RetryAfter;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.message.TransactionKey;
import io.sipspec.message.Uri;
import io.sipspec.message.UriEscapes;
import io.sipspec.message.Via;
import io.sipspec.message.Warning;
import io.sipspec.ua.Rejection;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the field paths of a torture vector's {@code expect:} lines ({@code To.param(tag)}, {@code Via[2].branch},
 * {@code requestUri.user.decoded} …) against a message, and reads the expected values with their escapes.
 */
final class FieldPath {

    static final String ABSENT = "<absent>";
    static final String EMPTY = "<empty>";

    /** What a path can read: the framed message (or null), the header rows, and the inspection results. */
    record Context(SipMessage message, List<HeaderField> headers, Rejection uas, Rejection proxy) {
    }

    private record Segment(String name, String arg, int index) {
    }

    private FieldPath() {
    }

    /** The value at {@code path} as text: {@link #ABSENT} for none, {@link #EMPTY} for the empty string. */
    static String evaluate(String path, Context c) {
        List<Segment> segments = parse(path);
        Object v = root(segments, c);
        int i = 1;
        if (v instanceof List<?> list && (segments.size() == 1 || !"count".equals(segments.get(1).name())) && segments.get(0).index() < 0) {
            v = list.isEmpty() ? null : list.get(0);
        }
        for (; i < segments.size(); i++) {
            if (v == null) {
                throw new AssertionError(path + ": no value before ." + segments.get(i).name());
            }
            Segment s = segments.get(i);
            v = property(v, s);
            if (s.index() >= 0) {
                v = ((List<?>) v).get(s.index());
            }
        }
        return text(v);
    }

    /** The expected value of an {@code expect:} line, its escapes resolved. */
    static String expected(String written) {
        if (written.equals(ABSENT) || written.equals(EMPTY)) {
            return written;
        }
        return unescape(written);
    }

    private static String text(Object v) {
        if (v == null) {
            return ABSENT;
        }
        String s = String.valueOf(v);
        return s.isEmpty() ? EMPTY : s;
    }

    private static Object root(List<Segment> segments, Context c) {
        Segment s = segments.get(0);
        SipMessage m = c.message();
        Object v = switch (s.name()) {
            case "method" -> ((SipRequest) m).method();
            case "requestUri" -> ((SipRequest) m).requestUri();
            case "status" -> ((SipResponse) m).statusCode();
            case "reason" -> ((SipResponse) m).reasonPhrase();
            case "version" -> m.version();
            case "length" -> m.length();
            case "body" -> m.body();
            case "transactionKey" -> TransactionKey.forServer((SipRequest) m);
            case "uas" -> c.uas();
            case "proxy" -> c.proxy();
            case "header" -> rows(c.headers(), s.arg()).stream().findFirst().orElse(null);
            case "rows" -> rows(c.headers(), s.arg()).size();
            case "malformed" -> malformed(c.headers(), s.arg());
            default -> typed(m, s.name());
        };
        if (s.index() >= 0) {
            v = ((List<?>) v).get(s.index());
        }
        return v;
    }

    private static List<?> typed(SipMessage m, String name) {
        HeaderType<?> type = SipHeaders.of(HeaderName.of(name));
        if (type == null) {
            throw new AssertionError("unknown path root " + name);
        }
        return m.headerValues(type);
    }

    private static List<String> rows(List<HeaderField> headers, String name) {
        HeaderName n = HeaderName.of(name);
        List<String> out = new ArrayList<>();
        for (HeaderField f : headers) {
            if (f.name() == n || f.name().equals(n)) {
                out.add(f.value());
            }
        }
        return out;
    }

    /** True if a row of the §20 header {@code name} breaks its grammar, or a single-valued header is repeated. */
    private static boolean malformed(List<HeaderField> headers, String name) {
        HeaderType<?> type = SipHeaders.of(HeaderName.of(name));
        List<String> rows = rows(headers, name);
        if (!type.isRepeatable() && rows.size() > 1) {
            return true;
        }
        for (String row : rows) {
            try {
                type.parseField(row);
            } catch (SipParseException e) {
                return true;
            }
        }
        return false;
    }

    private static Object property(Object v, Segment s) {
        String p = s.name();
        if (v instanceof List<?> list && p.equals("count")) {
            return list.size();
        }
        if (v instanceof byte[] bytes) {
            return switch (p) {
                case "length" -> bytes.length;
                case "text" -> new String(bytes, StandardCharsets.ISO_8859_1);
                default -> unknown(v, p);
            };
        }
        if (v instanceof String str) {
            return switch (p) {
                case "decoded" -> UriEscapes.decode(str);
                case "length" -> str.length();
                case "count" -> count(str, s.arg());
                case "tail" -> str.substring(str.length() - Integer.parseInt(s.arg()));
                case "head" -> str.substring(0, Integer.parseInt(s.arg()));
                default -> unknown(v, p);
            };
        }
        if (v instanceof Address a) {
            return switch (p) {
                case "uri" -> a.uri();
                case "displayName" -> a.displayName();
                case "tag" -> a.tag();
                case "param" -> a.parameter(s.arg());
                case "paramNames" -> String.join(", ", a.parameters().names());
                default -> unknown(v, p);
            };
        }
        if (v instanceof SipUri u) {
            return switch (p) {
                case "scheme" -> u.scheme();
                case "user" -> u.user();
                case "password" -> u.password();
                case "host" -> u.host();
                case "port" -> u.port();
                case "param" -> u.parameter(s.arg());
                case "paramNames" -> String.join(", ", u.parameters().names());
                case "header" -> u.headers().rawValue(s.arg());
                case "headerNames" -> String.join(", ", u.headers().names());
                default -> unknown(v, p);
            };
        }
        if (v instanceof Uri u) {
            return p.equals("scheme") ? u.scheme() : unknown(v, p);
        }
        if (v instanceof Host h) {
            return switch (p) {
                case "kind" -> h.kind();
                case "address" -> address(h);
                default -> unknown(v, p);
            };
        }
        if (v instanceof Via via) {
            return switch (p) {
                case "transport" -> via.transport();
                case "host" -> via.host();
                case "port" -> via.port();
                case "branch" -> via.branch();
                case "received" -> via.received();
                case "param" -> via.parameters().value(s.arg());
                default -> unknown(v, p);
            };
        }
        if (v instanceof CSeq cseq) {
            return switch (p) {
                case "seq" -> cseq.sequence();
                case "method" -> cseq.method();
                default -> unknown(v, p);
            };
        }
        if (v instanceof MediaType mt) {
            return switch (p) {
                case "essence" -> mt.essence();
                case "param" -> mt.parameters().value(s.arg());
                default -> unknown(v, p);
            };
        }
        if (v instanceof AuthValue auth) {
            return switch (p) {
                case "scheme" -> auth.scheme();
                case "param" -> auth.parameter(s.arg());
                default -> unknown(v, p);
            };
        }
        if (v instanceof RetryAfter ra) {
            return p.equals("seconds") ? ra.seconds() : unknown(v, p);
        }
        if (v instanceof Warning w) {
            return switch (p) {
                case "code" -> w.code();
                case "agent" -> w.agent();
                case "text" -> w.text();
                default -> unknown(v, p);
            };
        }
        if (v instanceof Rejection r) {
            return switch (p) {
                case "status" -> r.status();
                case "header" -> r.headerValue(HeaderName.of(s.arg()));
                default -> unknown(v, p);
            };
        }
        if (v instanceof TransactionKey k) {
            return p.equals("rfc2543") ? k.isRfc2543() : unknown(v, p);
        }
        if (v instanceof Parameters params) {
            return p.equals("param") ? params.value(s.arg()) : unknown(v, p);
        }
        return unknown(v, p);
    }

    private static Object unknown(Object v, String property) {
        throw new AssertionError("no property ." + property + " on " + v.getClass().getSimpleName());
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    /** An IP address in the canonical text of {@link InetAddress} (IPv6 groups in full); a host name as written. */
    private static String address(Host h) {
        byte[] b = h.addressBytes();
        if (b == null) {
            return h.text();
        }
        try {
            return InetAddress.getByAddress(b).getHostAddress();
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** segment *( "." segment ) ; segment = name [ "(" arg ")" ] [ "[" index "]" ]. An arg ends at a ")" before ".", "[" or the end. */
    private static List<Segment> parse(String path) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int n = path.length();
        while (i < n) {
            int start = i;
            while (i < n && path.charAt(i) != '.' && path.charAt(i) != '(' && path.charAt(i) != '[') {
                i++;
            }
            String name = path.substring(start, i);
            String arg = null;
            if (i < n && path.charAt(i) == '(') {
                int close = i + 1;
                while (close < n && !(path.charAt(close) == ')' && (close + 1 == n || path.charAt(close + 1) == '.' || path.charAt(close + 1) == '['))) {
                    close++;
                }
                if (close == n) {
                    throw new IllegalArgumentException("unclosed '(' in " + path);
                }
                arg = unescape(path.substring(i + 1, close));
                i = close + 1;
            }
            int index = -1;
            if (i < n && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                index = Integer.parseInt(path.substring(i + 1, close));
                i = close + 1;
            }
            if (i < n && path.charAt(i) != '.') {
                throw new IllegalArgumentException("expected '.' at " + i + " in " + path);
            }
            i++;
            out.add(new Segment(name, arg, index));
        }
        return out;
    }

    /** Resolves \\ \r \n \t \xHH and \\uHHHH. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'r' -> b.append('\r');
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'x' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }
}
