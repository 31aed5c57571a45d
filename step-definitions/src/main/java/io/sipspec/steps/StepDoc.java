package io.sipspec.steps;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a step means and one example of it, for the catalogue {@code docs/steps.md} that {@link StepCatalogue}
 * generates. Every step method carries one; a unit test checks that each example matches its step's expression.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StepDoc {

    /** The catalogue section. */
    StepGroup group();

    /** What the step does or checks, one or two sentences. */
    String summary();

    /** One line a feature would write (without Given/When/Then). */
    String example();

    /** The doc string of the example, for a step that takes one. */
    String docString() default "";
}
