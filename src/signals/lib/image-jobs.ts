// data_engineering's image-dataset preparation jobs (dev-set convention:
// image resize jobs count, borderline): a module outside notebooks and
// tests one of whose functions reads images (PIL, OpenCV, imageio,
// scikit-image, torchvision), transforms them (resize, colour conversion,
// crop, tensor conversion, a torchvision transform pipeline) and writes the
// result (`img.save`, `cv2.imwrite`, `torch.save`, `np.save`). The read
// and the write are in one function; the transformation there too, or a
// transform pipeline the module builds (`transforms.Compose([...])`) and
// applies. Not a step: a training script that loads images to train (it
// calls `backward` or `fit`), a function that runs a model on the images it
// reads and writes its predictions (`with torch.no_grad(): model([img])`,
// `model.predict(x)`: reading and decoding inputs for a model is not
// transforming data), a request handler resizing one uploaded image,
// a copy or split of image files (no transformation), a saved model
// (`torch.save(model.state_dict(), p)`).
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import { callEvidence } from './code.js';
import { inHandler } from './data-scope.js';

export const IMAGE_READS = /^(PIL\.Image\.open|cv2\.imread|imageio(\.v2|\.v3)?\.imread|skimage\.io\.imread|torchvision\.io\.(read_image|decode_image))$/;
/** An image dataset loaded whole (Hugging Face Datasets, torchvision's datasets): an image read only in a module that builds an image transform pipeline. */
const DATASET_READS = /^(datasets\.load_dataset|torchvision\.datasets\.\w+)$/;
/** Transformations of an image itself. `resize`/`thumbnail`/`crop` on any receiver only beside an image read in one function. */
const IMAGE_OPS = /^(cv2\.(resize|cvtColor|warpAffine|warpPerspective|GaussianBlur|normalize|equalizeHist|copyMakeBorder)|skimage\.transform\.(resize|rescale|rotate)|torchvision\.transforms(\.v2)?\.functional\.\w+)$|(^|\.)(resize|thumbnail|crop|convert)$/;
/** A transform pipeline built from torchvision or albumentations: applied to each image it reads. */
const TRANSFORM_PIPELINE = /^(torchvision\.transforms(\.v2)?|albumentations)\.(Compose|Resize|ToTensor|Normalize|CenterCrop|RandomResizedCrop|ToTensorV2|PILToTensor|ToImage)$|^albumentations\.pytorch\.ToTensorV2$/;
const IMAGE_WRITES = /^(cv2\.imwrite|imageio(\.v2|\.v3)?\.imwrite|skimage\.io\.imsave|torchvision\.utils\.save_image|torch\.save|numpy\.(save|savez|savez_compressed))$|(^|\.)save$/;
/** Training: a training loop's backward pass or a fit. */
export const TRAINS = /(^|\.)(backward|fit|fit_generator|train_on_batch)$/;
/** Inference: a model called on the inputs (`model(x)`, `self.net(x)`), `.predict`, or gradients switched off for it. */
export const INFERS = /(^|\.)(predict|predict_proba|predict_on_batch|no_grad|inference_mode)$|^(\?\.|self\.)?(model|net|detector|predictor|classifier|segmenter)$/;
/** What a saved object is named for when it is a model, not data (`torch.save(model.state_dict(), p)`, `model.save(p)`). */
const MODEL_NAME = /(^|[^a-z])(models?|net|network|state_dict|weights|checkpoints?|ckpt|optimi[sz]er|classifier|encoder|scaler|clf)([^a-z]|$)/i;

function savesModelObject(c: CallFact): boolean {
  const receiver = c.name.startsWith('?.') ? (c.receiver ?? '') : c.name.slice(0, c.name.lastIndexOf('.'));
  const subjects = c.name.endsWith('.save') && !/^(torch|numpy)\.save$/.test(c.name) ? [receiver] : [(c.names ?? [])[0] ?? '', ...c.strings];
  return subjects.some((s) => MODEL_NAME.test(s)) || /\.(pth|ckpt|h5|hdf5|keras|onnx|safetensors)$/i.test(c.strings.join(' '));
}

/** A function of the module that reads images, transforms them and writes the result: its read, transformation and write. */
export function imageJobEvidence(file: PyFile): Evidence[] {
  const calls = file.facts.calls;
  if (calls.some((c) => TRAINS.test(c.name))) return [];
  const pipeline = calls.find((c) => TRANSFORM_PIPELINE.test(c.name));
  const reads = (c: CallFact) => IMAGE_READS.test(c.name) || (pipeline !== undefined && DATASET_READS.test(c.name));
  // Most modules read no image: nothing to group (a module of 100k calls stays linear).
  if (!calls.some(reads)) return [];
  const byFunction = new Map<string, CallFact[]>();
  for (const c of calls) {
    if (inHandler(file, c)) continue;
    const key = c.inFunction ?? '';
    const group = byFunction.get(key);
    if (group) group.push(c);
    else byFunction.set(key, [c]);
  }
  for (const fnCalls of byFunction.values()) {
    if (fnCalls.some((c) => INFERS.test(c.name))) continue;
    const read = fnCalls.find(reads);
    const write = fnCalls.find((c) => IMAGE_WRITES.test(c.name) && !savesModelObject(c));
    const op = fnCalls.find((c) => IMAGE_OPS.test(c.name)) ?? pipeline;
    if (read && op && write) return [read, op, write].map((c) => callEvidence(file, c));
  }
  return [];
}
