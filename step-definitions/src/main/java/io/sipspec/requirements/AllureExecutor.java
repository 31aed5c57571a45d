package io.sipspec.requirements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Allure's {@code executor.json} into the Allure results: the Allure report shows it in the Executors widget
 * of its overview page, with {@code buildName} as a link to {@code buildUrl}, here the coverage report.
 */
final class AllureExecutor {

    private AllureExecutor() {
    }

    static void write(Path allureResults, String coverageUrl) throws IOException {
        Files.createDirectories(allureResults);
        Files.writeString(allureResults.resolve("executor.json"), json(coverageUrl), StandardCharsets.UTF_8);
    }

    static String json(String coverageUrl) {
        return "{\"name\":\"sipspec conformance suite\",\"type\":\"maven\","
                + "\"buildName\":\"RFC 3261 coverage report\",\"buildUrl\":\"" + coverageUrl.replace("\"", "%22")
                + "\",\"reportName\":\"RFC 3261 coverage report\",\"reportUrl\":\""
                + coverageUrl.replace("\"", "%22") + "\"}\n";
    }
}
