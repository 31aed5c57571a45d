package io.sipspec.steps;

import io.qameta.allure.Allure;
import java.nio.charset.StandardCharsets;

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
}
