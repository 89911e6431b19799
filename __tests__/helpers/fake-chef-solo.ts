// Chef is not packaged by Debian and cannot be downloaded here, so chef-solo tests give the source
// image a stand-in (__tests__/fixtures/fake-chef-solo/chef-solo, a small python3 program): it checks
// the -c solo.rb and -j node.json it is handed as chef-solo reads them and applies a tiny recipe
// subset (file, directory, raise). The image gets it as an extra layer; this machine's / is untouched.
import { readFileSync } from 'node:fs';
import type { Ec2Simulator } from '../../world/ec2/simulator.js';

const SCRIPT = new URL('../fixtures/fake-chef-solo/chef-solo', import.meta.url);

/** Bakes /usr/local/bin/chef-solo into every image in `region` whose name matches `namePattern`. */
export function giveImagesChefSolo(sim: Ec2Simulator, namePattern: RegExp, region = 'us-east-1'): void {
  const images = [...sim.world.region(region)!.images.values()].filter(image => namePattern.test(image.name));
  for (const image of images) {
    sim.world.addImageFiles(region, image.id, {
      '/usr/local/bin/chef-solo': { content: readFileSync(SCRIPT, 'utf8'), mode: 0o755 }
    });
  }
}
