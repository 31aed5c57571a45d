package io.sipspec.device;

/**
 * The profile the running scenarios test: set by the runner ({@code sipspec run}, or a test that runs the features
 * against an external device) for the duration of a run, else read once from the system properties
 * ({@link Profiles#fromSystemProperties()}), which default to the embedded device.
 *
 * <p>Scenarios running in parallel only read it; a run sets it before its scenarios start and restores the previous
 * one after they end.
 */
public final class ActiveProfile {

    private static volatile DeviceProfile current;

    private ActiveProfile() {
    }

    /** The profile of the current run. */
    public static DeviceProfile get() {
        DeviceProfile p = current;
        if (p == null) {
            synchronized (ActiveProfile.class) {
                if (current == null) {
                    current = Profiles.fromSystemProperties();
                }
                p = current;
            }
        }
        return p;
    }

    /** Makes {@code profile} the active one until the returned scope is closed, which restores the previous one. */
    public static Scope use(DeviceProfile profile) {
        synchronized (ActiveProfile.class) {
            DeviceProfile previous = current;
            current = profile;
            return () -> {
                synchronized (ActiveProfile.class) {
                    current = previous;
                }
            };
        }
    }

    /** The duration of a run's profile. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
