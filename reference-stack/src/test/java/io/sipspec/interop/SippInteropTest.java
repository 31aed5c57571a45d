package io.sipspec.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sipspec.message.SipUri;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import io.sipspec.ua.OutgoingCall;
import io.sipspec.ua.UaConfig;
import io.sipspec.ua.UserAgent;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reference UA against SIPp (Debian package sip-tester), both ways, over UDP on 127.0.0.1. */
class SippInteropTest {

    private SipStack stack;
    private UserAgent ua;

    @BeforeEach
    void start() {
        assumeTrue(ExternalProcess.installed("sipp"), "sipp is not installed (apt-get install sip-tester); .ci/run installs it");
        UserAgent[] holder = new UserAgent[1];
        stack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(TimerConfig.DEFAULT)
                .user(s -> holder[0] = new UserAgent(s, UaConfig.of("alice", "127.0.0.1", "127.0.0.1"))).build();
        ua = holder[0];
    }

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    @Test
    @DisplayName("SIPp -sn uac calls the reference UAS: 20 calls (INVITE, 180, 200, ACK, BYE, 200), none failed")
    void sippCallsTheReferenceUas() throws Exception {
        int port = stack.transport().localAddress(TransportType.UDP).getPort();
        try (ExternalProcess sipp = ExternalProcess.start("sipp-uac", List.of("sipp", "-sn", "uac", "127.0.0.1:" + port,
                "-i", "127.0.0.1", "-p", Integer.toString(freeUdpPort()), "-m", "20", "-r", "20", "-nostdin",
                "-timeout", "30s", "-deadcall_wait", "0"))) {
            int exit = sipp.waitFor(40);
            // SIPp exits 0 when every call succeeded, 1 when at least one failed.
            assertEquals(0, exit, "SIPp reported failed calls:\n" + sipp.output());
        }
        assertEquals(20L, stack.executor().submit(ua::callsAnswered).get(5, TimeUnit.SECONDS));
    }

    @Test
    @DisplayName("The reference UAC calls SIPp -sn uas: established, then hung up with BYE/200")
    void referenceUacCallsSipp() throws Exception {
        int port = freeUdpPort();
        try (ExternalProcess sipp = ExternalProcess.start("sipp-uas", List.of("sipp", "-sn", "uas", "-i", "127.0.0.1", "-p",
                Integer.toString(port), "-m", "1", "-nostdin", "-timeout", "30s", "-deadcall_wait", "0"))) {
            // If SIPp has not bound yet, Timer A's retransmissions (§17.1.1.2) reach it once it has.
            OutgoingCall call = ua.uac().call(SipUri.of("service", "127.0.0.1", port));
            call.established().get(10, TimeUnit.SECONDS);
            call.hangup();
            assertEquals(200, call.ended().get(10, TimeUnit.SECONDS).statusCode(), sipp.output());
            assertEquals(0, sipp.waitFor(20), "SIPp uas reported a failed call:\n" + sipp.output());
        }
    }
}
