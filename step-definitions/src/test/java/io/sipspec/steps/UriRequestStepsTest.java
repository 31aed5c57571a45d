package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.server.ReferenceServer;
import io.sipspec.tester.Received;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The step hands the URI, its variables replaced, to the device; a device that cannot be made to send is skipped. */
class UriRequestStepsTest {

    private final FakeDevice fake = new FakeDevice();
    private final UriRequestSteps steps = new UriRequestSteps(fake.wire);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void theEmbeddedUaSendsTheRequestTheUriAsksFor() {
        fake.wire.device(ReferenceServer.start("--role=uas", "--listen=udp:127.0.0.1:0", "--t1=50", "--log=warn"), "uac");
        fake.wire.variables().set("subject", "hi");
        steps.theDeviceSendsARequestFormedFromTheUri("alice", "sip:alice@${local};method=OPTIONS;x-new=1?Subject=${subject}");
        Received r = fake.alice().mailbox().expect(m -> m.isRequest("OPTIONS"), Duration.ofSeconds(2), "alice receives an OPTIONS");
        assertEquals("OPTIONS sip:alice@127.0.0.1:" + fake.alice().address().getPort() + ";x-new=1 SIP/2.0", r.startLine());
        assertEquals("hi", r.message().headerValue("Subject"));
    }

    @Test
    void anUnknownVariableFailsTheStep() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> steps.theDeviceSendsARequestFormedFromTheUri("alice", "sip:alice@${nowhere}"));
        assertEquals("the device sends alice a request formed from the URI \"sip:alice@${nowhere}\": unknown variable ${nowhere}",
                e.getMessage());
    }

    @Test
    void aDeviceThatCannotBeMadeToSendIsSkipped() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> steps.theDeviceSendsARequestFormedFromTheUri("alice", "sip:alice@${local}"));
        assertEquals("skipped: needs trigger: stand-in fake cannot be made to send a request formed from a URI", e.getMessage());
    }
}
