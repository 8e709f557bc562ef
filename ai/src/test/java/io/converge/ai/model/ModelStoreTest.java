package io.converge.ai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.ai.SyntheticLedger;
import io.converge.ai.feature.FeatureMatrix;
import io.converge.ai.feature.GraphConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {
  private static FeatureMatrix matrix;
  private static RiskModel model;

  @BeforeAll
  static void train() {
    var ledger = new SyntheticLedger(new SplittableRandom(4), 80).background(100, 60);
    for (int d = 5; d < 55; d += 6) {
      ledger.fanIn(d, 6).cycle(d + 2, 4);
    }
    matrix = FeatureMatrix.replay(ledger.build(), GraphConfig.defaults());
    model = new Trainer(TrainingOptions.quick(), new SplittableRandom(1))
        .train(matrix, GraphConfig.defaults(), "digest", Instant.EPOCH);
  }

  @Test
  void aSavedModelLoadsWithTheSameIdentityAndPredictions(@TempDir Path dir) throws Exception {
    ModelStore.save(model, dir);
    RiskModel loaded = ModelStore.load(dir);
    assertThat(loaded.metadata()).isEqualTo(model.metadata());
    double[] row = matrix.rows()[matrix.size() - 1];
    assertThat(loaded.probability(loaded.inputRow(row))).isEqualTo(model.probability(model.inputRow(row)));
    assertThat(loaded.metadata().modelHash()).hasSize(64);
    assertThat(loaded.metadata().trainingDataDigest()).isEqualTo("digest");
  }

  @Test
  void refusesABoosterWhoseHashDoesNotMatchItsMetadata(@TempDir Path dir) throws Exception {
    ModelStore.save(model, dir);
    byte[] booster = Files.readAllBytes(dir.resolve(ModelStore.BOOSTER));
    booster[booster.length / 2] ^= 1;
    Files.write(dir.resolve(ModelStore.BOOSTER), booster);
    assertThatThrownBy(() -> ModelStore.load(dir)).isInstanceOf(ModelIntegrityException.class)
        .hasMessageContaining("booster.ubj does not match")
        .satisfies(e -> assertThat(((ModelIntegrityException) e).expected())
            .isEqualTo(model.metadata().boosterSha256()));
  }

  @Test
  void refusesATamperedForest(@TempDir Path dir) throws Exception {
    ModelStore.save(model, dir);
    String forest = Files.readString(dir.resolve(ModelStore.FOREST));
    Files.writeString(dir.resolve(ModelStore.FOREST), forest.replaceFirst("\\d", "9"));
    assertThatThrownBy(() -> ModelStore.load(dir)).isInstanceOf(ModelIntegrityException.class)
        .hasMessageContaining("forest.json");
  }

  @Test
  void refusesMetadataThatClaimsADifferentModelHash(@TempDir Path dir) throws Exception {
    ModelStore.save(model, dir);
    String meta = Files.readString(dir.resolve(ModelStore.METADATA));
    Files.writeString(dir.resolve(ModelStore.METADATA),
        meta.replace(model.metadata().modelHash(), "00".repeat(32)));
    assertThatThrownBy(() -> ModelStore.load(dir)).isInstanceOf(ModelIntegrityException.class)
        .hasMessageContaining("model hash");
  }
}
