package io.converge.node;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md's dependency rules, checked on the compiled classes of every module (the node sees them all). Maven's
 * enforcer keeps module dependencies pointing down; these rules catch what a classpath alone cannot, such as a module
 * importing a library it only reaches transitively.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.converge");
  }

  @Test
  void moduleSlicesHaveNoCycles() {
    slices().matching("io.converge.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void bouncyCastleStaysInCrypto() {
    noClasses().that().resideOutsideOfPackage("io.converge.crypto..")
        .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
        .check(classes);
  }

  @Test
  void rocksDbStaysInStorage() {
    noClasses().that().resideOutsideOfPackage("io.converge.storage..")
        .should().dependOnClassesThat().resideInAPackage("org.rocksdb..")
        .check(classes);
  }

  @Test
  void picocliStaysInTheCommandLines() {
    noClasses().that().resideOutsideOfPackages("io.converge.node..", "io.converge.walletcli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void evmNeverSeesTriesStorageOrState() {
    noClasses().that().resideInAPackage("io.converge.evm..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.converge.trie..", "io.converge.storage..", "io.converge.state..", "io.converge.protocol..")
        .check(classes);
  }

  @Test
  void rpcReadsThroughChainInterfacesNeverStorage() {
    noClasses().that().resideInAPackage("io.converge.rpc..")
        .should().dependOnClassesThat().resideInAnyPackage("io.converge.storage..", "org.rocksdb..")
        .check(classes);
  }

  @Test
  void aiNeverDecidesValidity() {
    // STYLE.md rule 3: the AI engine is local policy; protocol, chain and consensus never call it.
    noClasses().that().resideInAnyPackage("io.converge.protocol..", "io.converge.chain..", "io.converge.consensus..",
            "io.converge.evm..", "io.converge.state..")
        .should().dependOnClassesThat().resideInAPackage("io.converge.ai..")
        .check(classes);
  }

  @Test
  void consensusEnginesAreIndependent() {
    noClasses().that().resideInAPackage("io.converge.consensus.pow..")
        .should().dependOnClassesThat().resideInAPackage("io.converge.consensus.bft..")
        .allowEmptyShould(true).check(classes);
    noClasses().that().resideInAPackage("io.converge.consensus.bft..")
        .should().dependOnClassesThat().resideInAPackage("io.converge.consensus.pow..")
        .allowEmptyShould(true).check(classes);
  }

  @Test
  void noDumpingGroundPackages() {
    classes().should().resideOutsideOfPackages("..util..", "..utils..", "..common..", "..helpers..", "..misc..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void coreNeverReadsTheWallClock() {
    // STYLE.md: time is injected; only the composition root may read the system clock.
    noClasses().that().resideOutsideOfPackages("io.converge.node..", "io.converge.referencetests..")
        .should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.time.Instant.class, "now")
        .check(classes);
  }
}
