package iq.tsh.erp.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of DESIGN.md: the sides meet only through the api messages and Axon's gateways; api holds no
 * framework beyond Axon's routing annotations and Jackson's.
 */
@AnalyzeClasses(packages = "iq.tsh.erp", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    private static final String API = "iq.tsh.erp.api..";
    private static final String COMMAND = "iq.tsh.erp.command..";
    private static final String QUERY = "iq.tsh.erp.query..";
    private static final String ZOHO = "iq.tsh.erp.zoho..";
    private static final String BFF = "iq.tsh.erp.bff..";
    private static final String APP = "iq.tsh.erp.app..";

    @ArchTest
    static final ArchRule apiDependsOnNoSide = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, ZOHO, BFF, APP);

    @ArchTest
    static final ArchRule apiHasNoSpringOrJpa = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..");

    @ArchTest
    static final ArchRule commandSideKnowsOnlyApi = noClasses().that().resideInAPackage(COMMAND)
            .should().dependOnClassesThat().resideInAnyPackage(QUERY, ZOHO, BFF, APP);

    @ArchTest
    static final ArchRule querySideKnowsOnlyApi = noClasses().that().resideInAPackage(QUERY)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, ZOHO, BFF, APP);

    @ArchTest
    static final ArchRule zohoAdapterKnowsOnlyApi = noClasses().that().resideInAPackage(ZOHO)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, BFF, APP);

    @ArchTest
    static final ArchRule bffKnowsOnlyApi = noClasses().that().resideInAPackage(BFF)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, ZOHO, APP);

    @ArchTest
    static final ArchRule aggregatesReadNoClock = noClasses().that().resideInAPackage(COMMAND)
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID");

    @ArchTest
    static final ArchRule onlyTheQuerySideUsesJpa = noClasses().that().resideOutsideOfPackages(QUERY)
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");
}
