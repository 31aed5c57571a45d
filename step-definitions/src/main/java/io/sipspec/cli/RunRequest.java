package io.sipspec.cli;

import io.sipspec.device.DeviceProfile;
import java.nio.file.Path;
import java.util.List;

/**
 * What to run: the features (files, folders, or {@code classpath:features}), an optional tag expression, the device
 * profile, where to write the reports (null: none), how many scenarios run at once, and whether the report folder
 * gets Allure results too (Allure's results folder is set once per JVM: only the CLI's own JVM asks for them).
 */
public record RunRequest(List<String> features, String tags, DeviceProfile profile, Path reportDir, int threads, boolean allure) {

    /** Without Allure results. */
    public RunRequest(List<String> features, String tags, DeviceProfile profile, Path reportDir, int threads) {
        this(features, tags, profile, reportDir, threads, false);
    }

    public RunRequest {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("no features to run");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
