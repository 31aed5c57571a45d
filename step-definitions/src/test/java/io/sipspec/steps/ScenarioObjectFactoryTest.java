package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScenarioObjectFactoryTest {

    public static final class Shared {
        public Shared() {
        }
    }

    public static final class StepsA {
        final Shared shared;

        public StepsA(Shared shared) {
            this.shared = shared;
        }
    }

    public static final class StepsB {
        final Shared shared;

        public StepsB(Shared shared) {
            this.shared = shared;
        }
    }

    public static final class Cycle {
        public Cycle(Cycle self) {
        }
    }

    @Test
    void stepClassesOfOneScenarioShareTheirConstructorDependencies() {
        ScenarioObjectFactory f = new ScenarioObjectFactory();
        f.start();
        assertSame(f.getInstance(StepsA.class).shared, f.getInstance(StepsB.class).shared);
        assertSame(f.getInstance(StepsA.class), f.getInstance(StepsA.class));
    }

    @Test
    void eachScenarioGetsFreshInstances() {
        ScenarioObjectFactory f = new ScenarioObjectFactory();
        f.start();
        Shared first = f.getInstance(Shared.class);
        f.stop();
        f.start();
        assertNotSame(first, f.getInstance(Shared.class));
    }

    @Test
    void aCyclicDependencyIsAClearError() {
        ScenarioObjectFactory f = new ScenarioObjectFactory();
        f.start();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.getInstance(Cycle.class));
        assertTrue(e.getMessage().contains("cyclic constructor dependency"), e.getMessage());
    }
}
