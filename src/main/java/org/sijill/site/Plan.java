package org.sijill.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which pages a build renders: those whose model hash differs from the last build's manifest (or
 * that are missing from the output); the others are carried over from the output folder, byte for
 * byte. A build with no manifest renders every page.
 */
final class Plan {
  private final List<SiteModel.PageFile> render;
  private final List<String> keep;
  private final Manifest manifest;

  private Plan(List<SiteModel.PageFile> render, List<String> keep, Manifest manifest) {
    this.render = render;
    this.keep = keep;
    this.manifest = manifest;
  }

  static Plan of(List<SiteModel.PageFile> pages, Path templatesDir, Path work, Path output)
      throws IOException {
    String renderer = Manifest.renderer(templatesDir);
    Manifest previous = Manifest.read(work);
    PageJson json = new PageJson();
    Map<String, String> hashes = new TreeMap<>();
    List<SiteModel.PageFile> render = new ArrayList<>();
    List<String> keep = new ArrayList<>();
    for (SiteModel.PageFile page : pages) {
      String hash = Manifest.hash(Page.type(page.page()), json.write(page.page()));
      hashes.put(page.path(), hash);
      if (previous.current(renderer, page.path(), hash, output)) {
        keep.add(page.path());
      } else {
        render.add(page);
      }
    }
    return new Plan(render, keep, Manifest.of(renderer, hashes));
  }

  List<SiteModel.PageFile> render() {
    return render;
  }

  Manifest manifest() {
    return manifest;
  }

  /** Links (or copies) every unchanged page from {@code output} into {@code staged}. */
  void keep(Path output, Path staged) throws IOException {
    for (String path : keep) {
      Path from = output.resolve(path);
      Path to = staged.resolve(path);
      Files.createDirectories(to.getParent());
      try {
        Files.createLink(to, from);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
