package io.sipspec.cli;

import io.sipspec.device.DeviceProfile;
import java.nio.file.Path;
import java.util.List;

/**
 * What to run: the features (files, folders, or {@code classpath:features}), an optional tag expression, the device
 * profile, where to write the reports (null: none) and how many scenarios run at once.
 */
public record RunRequest(List<String> features, String tags, DeviceProfile profile, Path reportDir, int threads) {

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
