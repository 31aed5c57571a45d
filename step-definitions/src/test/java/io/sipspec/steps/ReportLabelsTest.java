package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.TestResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportLabelsTest {

    @Test
    void aFeatureUnderAnRfcChapterFolderIsGroupedUnderThatChapter() {
        assertEquals("RFC 3261 §08 General User Agent Behavior",
                ReportLabels.chapterOf("file:///x/features/rfc3261/08-general-ua/8.2.1-method-inspection.feature"));
        assertEquals("RFC 3261 §17 Transactions",
                ReportLabels.chapterOf("file:///x/features/rfc3261/17-transactions/17.1-client.feature"));
    }

    @Test
    void aChapterWithoutAKnownTitleKeepsItsNumber() {
        assertEquals("RFC 3261 §26", ReportLabels.chapterOf("file:///x/features/rfc3261/26-security/a.feature"));
    }

    @Test
    void aFeatureOutsideTheRfcFoldersIsGroupedByItsTopFolder() {
        assertEquals("regression", ReportLabels.chapterOf("file:///x/features/regression/call-with-cancel.feature"));
        assertEquals("other features", ReportLabels.chapterOf("file:///x/elsewhere/a.feature"));
    }

    @Test
    void aResultGetsItsChapterAndTheEvidenceQueuedOnItsThreadOnce() {
        ReportLabels listener = new ReportLabels();
        ReportLabels.attachToScenario(new Attachment().setName("message ladder").setSource("a.html"));
        TestResult result = new TestResult().setLabels(new java.util.ArrayList<>(List.of(
                new Label().setName("gherkin_uri").setValue("file:///x/features/rfc3261/10-registrations/10.3.feature"))));
        listener.beforeTestWrite(result);
        assertEquals(List.of("message ladder"), result.getAttachments().stream().map(Attachment::getName).toList());
        assertEquals(List.of("RFC 3261 §10 Registrations", "RFC 3261 §10 Registrations"), result.getLabels().stream()
                .filter(l -> l.getName().equals("parentSuite") || l.getName().equals("epic")).map(Label::getValue).toList());

        TestResult tagged = new TestResult().setLabels(new java.util.ArrayList<>(List.of(
                new Label().setName("tag").setValue("rfc3261-17.2.1"), new Label().setName("tag").setValue("uas"))));
        listener.beforeTestWrite(tagged);
        assertEquals(List.of("https://www.rfc-editor.org/rfc/rfc3261#section-17.2.1"),
                tagged.getLinks().stream().map(io.qameta.allure.model.Link::getUrl).toList());

        TestResult next = new TestResult();
        listener.beforeTestWrite(next);
        assertEquals(List.of(), next.getAttachments(), "the next scenario must not inherit the evidence");
    }
}
