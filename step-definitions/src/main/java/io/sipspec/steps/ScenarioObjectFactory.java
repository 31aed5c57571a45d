package io.sipspec.steps;

import io.cucumber.core.backend.ObjectFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Constructor injection for step classes, scoped to one scenario: each class gets one instance per scenario, and
 * a constructor parameter is filled with the scenario's instance of that type (e.g. {@link MessageContext}).
 *
 * <p>The same contract as cucumber-picocontainer, without the dependency (its releases lag Cucumber's).
 *
 * <p>Thread confinement: with parallel execution Cucumber makes one factory per thread (its
 * ThreadLocalObjectFactorySupplier) and runs a scenario on one thread from start to stop, so the maps here are never
 * shared between threads. Nothing here is static.
 */
public final class ScenarioObjectFactory implements ObjectFactory {

    private final Set<Class<?>> glue = new HashSet<>();
    private final Map<Class<?>, Object> instances = new HashMap<>();
    private final Deque<Class<?>> creating = new ArrayDeque<>();

    @Override
    public void start() {
        instances.clear();
    }

    @Override
    public void stop() {
        instances.clear();
    }

    @Override
    public boolean addClass(Class<?> glueClass) {
        glue.add(glueClass);
        return true;
    }

    @Override
    public <T> T getInstance(Class<T> type) {
        Object existing = instances.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        if (creating.contains(type)) {
            throw new IllegalStateException("cyclic constructor dependency: " + creating + " -> " + type.getName());
        }
        creating.push(type);
        try {
            Constructor<?>[] constructors = type.getConstructors();
            if (constructors.length != 1) {
                throw new IllegalStateException(type.getName() + " must have exactly one public constructor");
            }
            Constructor<?> c = constructors[0];
            Object[] args = new Object[c.getParameterCount()];
            Class<?>[] params = c.getParameterTypes();
            for (int i = 0; i < args.length; i++) {
                args[i] = getInstance(params[i]);
            }
            T created = type.cast(c.newInstance(args));
            instances.put(type, created);
            return created;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructor of " + type.getName() + " failed", e.getCause());
        } finally {
            creating.pop();
        }
    }
}
