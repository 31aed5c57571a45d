package io.sipspec.steps;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes each scenario's Allure result just before it is written (an Allure {@link TestLifecycleListener}, found
 * through {@code META-INF/services}):
 * <ul>
 *   <li>the report is grouped by RFC 3261 section: the parent suite and epic are the RFC chapter of the feature's
 *       folder ({@code features/rfc3261/08-general-ua/...} is "RFC 3261 §08 General User Agent Behavior"), the
 *       suite stays the feature. Chapter numbers have two digits so that alphabetical order is the RFC's;</li>
 *   <li>each {@code @rfc3261-<section>} tag becomes a link to that section of the RFC;</li>
 *   <li>the evidence that hooks attach with {@link #attachToScenario} (the message ladder, the pcap) goes to the
 *       scenario itself, so it shows in the test body instead of folded away under "Tear down".</li>
 * </ul>
 * Cucumber's hooks run on the scenario's thread and Allure writes the result on that thread too, so the pending
 * attachments are kept per thread.
 */
public final class ReportLabels implements TestLifecycleListener {

    /** Chapter titles as RFC 3261's table of contents writes them. */
    private static final Map<Integer, String> CHAPTERS = Map.ofEntries(
            Map.entry(7, "SIP Messages"),
            Map.entry(8, "General User Agent Behavior"),
            Map.entry(9, "Canceling a Request"),
            Map.entry(10, "Registrations"),
            Map.entry(11, "Querying for Capabilities"),
            Map.entry(12, "Dialogs"),
            Map.entry(13, "Initiating a Session"),
            Map.entry(14, "Modifying an Existing Session"),
            Map.entry(15, "Terminating a Session"),
            Map.entry(16, "Proxy Behavior"),
            Map.entry(17, "Transactions"),
            Map.entry(18, "Transport"),
            Map.entry(19, "Common Message Components"),
            Map.entry(20, "Header Fields"),
            Map.entry(21, "Response Codes"),
            Map.entry(22, "Usage of HTTP Authentication"),
            Map.entry(25, "Augmented BNF for the SIP Protocol"));

    private static final Pattern CHAPTER_FOLDER = Pattern.compile("/rfc3261/(\\d+)-[^/]*/");
    private static final Pattern OTHER_FOLDER = Pattern.compile("/features/([^/]+)/");
    private static final String SECTION_TAG = "rfc3261-";
    private static final String RFC_SECTION_URL = "https://www.rfc-editor.org/rfc/rfc3261#section-";
    private static final ThreadLocal<List<Attachment>> PENDING = ThreadLocal.withInitial(ArrayList::new);

    /** Queues an attachment, already written to the results folder, for the scenario running on this thread. */
    static void attachToScenario(Attachment attachment) {
        PENDING.get().add(attachment);
    }

    @Override
    public void beforeTestWrite(TestResult result) {
        List<Attachment> pending = PENDING.get();
        result.getAttachments().addAll(pending);
        pending.clear();
        List<Link> sections = result.getLabels().stream()
                .filter(l -> "tag".equals(l.getName()) && l.getValue().startsWith(SECTION_TAG))
                .map(l -> l.getValue().substring(SECTION_TAG.length()))
                .map(n -> new Link().setName("RFC 3261 §" + n).setUrl(RFC_SECTION_URL + n).setType("link"))
                .toList();
        result.getLinks().addAll(sections);
        result.getLabels().stream().filter(l -> "gherkin_uri".equals(l.getName())).findFirst().ifPresent(uri -> {
            String chapter = chapterOf(uri.getValue());
            result.getLabels().add(new Label().setName("parentSuite").setValue(chapter));
            result.getLabels().add(new Label().setName("epic").setValue(chapter));
        });
    }

    /** The report group of a feature file, from its folder. */
    static String chapterOf(String featureUri) {
        Matcher m = CHAPTER_FOLDER.matcher(featureUri);
        if (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String title = CHAPTERS.getOrDefault(n, "");
            return String.format("RFC 3261 §%02d %s", n, title).strip();
        }
        Matcher other = OTHER_FOLDER.matcher(featureUri);
        return other.find() ? other.group(1) : "other features";
    }
}
