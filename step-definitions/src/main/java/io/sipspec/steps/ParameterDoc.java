package io.sipspec.steps;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a parameter type of the vocabulary means, with examples, for the catalogue ({@link StepCatalogue}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ParameterDoc {

    /** What it stands for. */
    String summary();

    /** How features write it, e.g. {@code 500 ms, T1, 64*T1}. */
    String examples();
}
