package io.converge.ai.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.converge.ai.feature.Feature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Model directories: {@code booster.ubj} (XGBoost), {@code forest.json} (isolation forest), {@code metadata.json}.
 * Loading verifies every hash before anything is deserialised, so a tampered or half-copied model never scores.
 */
public final class ModelStore {
  static final String BOOSTER = "booster.ubj";
  static final String FOREST = "forest.json";
  static final String METADATA = "metadata.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelStore() {}

  public static void save(RiskModel model, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve(BOOSTER), model.boosterBytes());
    Files.write(dir.resolve(FOREST), forestBytes(model.forest()));
    JSON.writeValue(dir.resolve(METADATA).toFile(), model.metadata());
  }

  public static RiskModel load(Path dir) throws IOException, ModelIntegrityException {
    ModelMetadata meta;
    try {
      meta = JSON.readValue(dir.resolve(METADATA).toFile(), ModelMetadata.class);
    } catch (com.fasterxml.jackson.core.JacksonException | IllegalArgumentException e) {
      throw new ModelIntegrityException("unreadable " + METADATA + ": " + e.getMessage(), "valid metadata",
          e.getClass().getSimpleName());
    }
    if (meta.formatVersion() != ModelMetadata.FORMAT) {
      throw new ModelIntegrityException("unsupported model format", Integer.toString(ModelMetadata.FORMAT),
          Integer.toString(meta.formatVersion()));
    }
    List<String> expectedFeatures = Arrays.stream(Feature.values()).map(Enum::name).toList();
    if (!meta.features().equals(expectedFeatures)) {
      throw new ModelIntegrityException("model was trained on a different feature list", expectedFeatures.toString(),
          meta.features().toString());
    }
    byte[] booster = Files.readAllBytes(dir.resolve(BOOSTER));
    byte[] forest = Files.readAllBytes(dir.resolve(FOREST));
    verify(BOOSTER, meta.boosterSha256(), ModelDigest.hex(booster));
    verify(FOREST, meta.forestSha256(), ModelDigest.hex(forest));
    verify("model hash", meta.modelHash(), RiskModel.modelHash(meta.boosterSha256(), meta.forestSha256(), meta.features()));
    IsolationForest f = JSON.readValue(forest, IsolationForest.class);
    return new RiskModel(RiskModel.boosterFrom(booster), booster, f, meta);
  }

  static byte[] forestBytes(IsolationForest forest) throws IOException {
    return new ObjectMapper().writeValueAsBytes(forest);
  }

  private static void verify(String what, String expected, String actual) throws ModelIntegrityException {
    if (!expected.equalsIgnoreCase(actual)) {
      throw new ModelIntegrityException(what + " does not match its metadata; refusing to load", expected, actual);
    }
  }
}
