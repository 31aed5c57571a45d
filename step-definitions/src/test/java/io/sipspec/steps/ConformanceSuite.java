package io.sipspec.steps;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.OBJECT_FACTORY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

/**
 * Runs the features of {@code features/} against the device of the active profile (default: the embedded reference
 * stack), on the JUnit Platform, scenarios in parallel (src/test/resources/junit-platform.properties). Select other
 * features or tags with {@code -Dcucumber.features=...} and {@code -Dcucumber.filter.tags=...}, another device with
 * {@code -Dsipspec.profile=profiles/x.properties} and {@code -Dsipspec.device.<key>=value} (see
 * {@link io.sipspec.device.Profiles}).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("../features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.sipspec.steps")
@ConfigurationParameter(key = OBJECT_FACTORY_PROPERTY_NAME, value = "io.sipspec.steps.ScenarioObjectFactory")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "summary, io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm, html:target/cucumber-report.html"
                + ", io.sipspec.requirements.CoveragePlugin")
public class ConformanceSuite {
}
