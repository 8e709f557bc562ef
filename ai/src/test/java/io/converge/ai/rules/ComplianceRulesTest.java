package io.converge.ai.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.converge.ai.data.Transfer;
import io.converge.types.Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplianceRulesTest {
  private static final Address ALICE = Address.ofNumber(0xa11ce);
  private static final Address BOB = Address.ofNumber(0xb0b);
  private static final TravelRuleRecord RECORD = new TravelRuleRecord("Alice Example", "ACC-1", "DE-123456",
      "VASP-A", "Bob Example", "ACC-2", "VASP-B");

  private static Transfer transfer(Address from, Address to, double amount, long second) {
    return new Transfer(second, from, to, amount, Instant.ofEpochSecond(second));
  }

  private static RuleSet rules(SanctionsList sanctions) {
    return new RuleSet("test-1", sanctions, 50_000, 3, Duration.ofHours(1), 1_000);
  }

  @Test
  void screensSenderRecipientAndTokenPartiesAgainstTheOfacEthList() throws Exception {
    Path list = Path.of(System.getProperty("converge.shared.dir", "../../shared"), "data", "sanctions",
        "sanctioned_addresses_ETH.txt");
    assumeTrue(Files.isRegularFile(list), "shared sanctions list absent at " + list + "; skipping");
    Address sanctioned = Address.fromHex(Files.readAllLines(list).get(0).strip());
    ComplianceRules rules = new ComplianceRules(rules(SanctionsList.load(List.of(list))));

    assertThat(rules.check(ComplianceRequest.of(transfer(sanctioned, BOB, 10, 1))))
        .singleElement().isEqualTo(new RuleHit.SanctionedParty(sanctioned, RuleHit.Role.SENDER,
            "sanctioned_addresses_ETH.txt"));
    assertThat(rules.check(ComplianceRequest.of(transfer(ALICE, sanctioned, 10, 1))))
        .singleElement().extracting(h -> ((RuleHit.SanctionedParty) h).role()).isEqualTo(RuleHit.Role.RECIPIENT);
    var viaToken = new ComplianceRequest(transfer(ALICE, BOB, 10, 1), List.of(sanctioned), Optional.empty(),
        Optional.empty());
    assertThat(rules.check(viaToken)).singleElement().extracting(h -> ((RuleHit.SanctionedParty) h).role())
        .isEqualTo(RuleHit.Role.TOKEN_PARTY);
    assertThat(rules.check(ComplianceRequest.of(transfer(ALICE, BOB, 10, 1)))).isEmpty();
  }

  @Test
  void reportsUnparseableListLinesWithTheirNumbers(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("extra.txt");
    Files.writeString(file, "# comment\n" + BOB.toHex() + "\nnot-an-address\n");
    SanctionsList list = SanctionsList.load(List.of(file));
    assertThat(list.size()).isEqualTo(1);
    assertThat(list.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void flagsAmountsOverTheLimit() {
    ComplianceRules rules = new ComplianceRules(rules(SanctionsList.empty()));
    var request = new ComplianceRequest(transfer(ALICE, BOB, 60_000, 1), List.of(), Optional.of(RECORD.hash()),
        Optional.of(RECORD));
    assertThat(rules.check(request)).containsExactly(new RuleHit.AmountOverLimit(60_000, 50_000));
  }

  @Test
  void enforcesTheVelocityLimitWithinItsWindowOnly() {
    ComplianceRules rules = new ComplianceRules(rules(SanctionsList.empty()));
    for (int i = 0; i < 3; i++) {
      rules.record(transfer(ALICE, BOB, 10, 100 + i));
    }
    assertThat(rules.check(ComplianceRequest.of(transfer(ALICE, BOB, 10, 200))))
        .containsExactly(new RuleHit.VelocityExceeded(ALICE, 4, 3, Duration.ofHours(1)));
    assertThat(rules.check(ComplianceRequest.of(transfer(ALICE, BOB, 10, 100 + 3_600 + 5)))).isEmpty();
  }

  @Test
  void requiresAMatchingTravelRuleRecordAboveTheThreshold() {
    ComplianceRules rules = new ComplianceRules(rules(SanctionsList.empty()));
    Transfer big = transfer(ALICE, BOB, 1_000, 1);
    assertThat(rules.check(ComplianceRequest.of(big))).singleElement().isInstanceOf(RuleHit.TravelRuleMissing.class);
    assertThat(rules.check(ComplianceRequest.of(transfer(ALICE, BOB, 999, 1)))).isEmpty();

    var matching = new ComplianceRequest(big, List.of(), Optional.of(RECORD.hash()), Optional.of(RECORD));
    assertThat(rules.check(matching)).isEmpty();

    TravelRuleRecord other = new TravelRuleRecord("Mallory", "ACC-1", "DE-123456", "VASP-A", "Bob Example", "ACC-2",
        "VASP-B");
    var mismatched = new ComplianceRequest(big, List.of(), Optional.of(RECORD.hash()), Optional.of(other));
    assertThat(rules.check(mismatched)).containsExactly(new RuleHit.TravelRuleMismatch(RECORD.hash(), other.hash()));

    TravelRuleRecord blank = new TravelRuleRecord("", "ACC-1", "", "VASP-A", "Bob Example", "ACC-2", "VASP-B");
    var incomplete = new ComplianceRequest(big, List.of(), Optional.of(blank.hash()), Optional.of(blank));
    assertThat(rules.check(incomplete)).containsExactly(new RuleHit.TravelRuleMissing(1_000, 1_000,
        List.of("originatorName", "originatorAddressOrId")));
  }

  @Test
  void loadsAVersionedRuleSetFromAFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("list.txt"), BOB.toHex() + "\n");
    Files.writeString(dir.resolve("rules.properties"), "rules.version=2026.11-1\nrules.sanctions.files=list.txt\n"
        + "rules.amount.limit=10000\nrules.velocity.limit=20\nrules.velocity.window=PT24H\nrules.travel.threshold=3000\n");
    RuleSet set = RuleSet.load(dir.resolve("rules.properties"));
    assertThat(set.version()).isEqualTo("2026.11-1");
    assertThat(set.sanctions().listing(BOB)).contains("list.txt");
    assertThat(set.velocityWindow()).isEqualTo(Duration.ofHours(24));
    assertThat(set.travelRuleThreshold()).isEqualTo(3000);
  }
}
