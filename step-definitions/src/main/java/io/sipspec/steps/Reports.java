package io.sipspec.steps;

import io.qameta.allure.Allure;
import io.qameta.allure.model.Attachment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Attaches what a step saw to the Allure report, so a verdict can be checked by reading the bytes. */
final class Reports {

    private Reports() {
    }

    static void attachMessage(String name, byte[] bytes) {
        Allure.addAttachment(name, "text/plain", new String(bytes, StandardCharsets.UTF_8), ".txt");
    }

    static void attachText(String name, String text) {
        Allure.addAttachment(name, "text/plain", text, ".txt");
    }

    /**
     * Attaches to the scenario itself rather than to the hook that runs: Allure shows it in the test body, not folded
     * away under "Tear down" (see {@link ReportLabels}). For {@code @After} hooks.
     */
    static void attachToScenario(String name, String type, byte[] content, String extension) {
        String source = UUID.randomUUID() + "-attachment" + extension;
        Allure.getLifecycle().writeAttachment(source, new ByteArrayInputStream(content));
        ReportLabels.attachToScenario(new Attachment().setName(name).setType(type).setSource(source));
    }
}
