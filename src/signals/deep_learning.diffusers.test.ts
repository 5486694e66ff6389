// Held-out review: a Stable Diffusion model run through diffusers
// (`StableDiffusionPipeline.from_pretrained(..., torch_dtype=torch.float16)`,
// `pipe.to("cuda")`) and Optimum's accelerator pipelines (Graphcore's
// `IPUStableDiffusionPipeline`) was not read as running a network. The devset
// convention counts a Hugging Face model run through a library when the code
// chooses its torch device (borderline); moving the loaded model with
// `.to("cuda")` / `.cuda()` or choosing its torch dtype on the load is that
// choice too, for transformers, diffusers and Optimum alike. A pipeline run in
// the library's defaults, and a `.to(...)` on anything but the model, still do
// not count.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { deepLearning } from './deep_learning.js';

describe('signals/deep_learning: Hugging Face pipelines placed on a device or dtype', () => {
  it('counts a diffusers pipeline moved to CUDA, chained or by name, and one loaded in a torch dtype', async () => {
    const result = await detect(deepLearning, {
      'gen.py': py`
        from diffusers import StableDiffusionPipeline
        pipe = StableDiffusionPipeline.from_pretrained("stabilityai/stable-diffusion-2-1")
        pipe = pipe.to("cuda")
        image = pipe("an astronaut").images[0]
      `,
      'chained.py': 'from diffusers import DiffusionPipeline\npipe = DiffusionPipeline.from_pretrained("x").to("mps")\n',
      'half.py': 'import torch\nfrom diffusers import AutoPipelineForText2Image\np = AutoPipelineForText2Image.from_pretrained("y", torch_dtype=torch.float16)\np("a cat")\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['chained.py:2', 'gen.py:2', 'gen.py:3', 'half.py:3']);
  });

  it("counts Optimum's accelerator pipelines and models, and a transformers model moved with .cuda()", async () => {
    const result = await detect(deepLearning, {
      'ipu.py': py`
        import torch
        from optimum.graphcore.diffusers import IPUStableDiffusionPipeline
        pipe = IPUStableDiffusionPipeline.from_pretrained(name, revision="fp16", torch_dtype=torch.float16, unet_ipu_config=cfg)
        pipe("apple", num_inference_steps=25)
      `,
      'ov.py': 'from optimum.intel import OVModelForCausalLM\nm = OVModelForCausalLM.from_pretrained("gpt2", device="GPU")\n',
      'bert.py': 'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("bert-base-uncased")\nmodel.cuda()\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['bert.py:2', 'bert.py:3', 'ipu.py:3', 'ov.py:2']);
  });

  it('does not count a pipeline mentioned in a README, a comment or a string', async () => {
    const result = await detect(deepLearning, {
      'README.md': 'pipe = StableDiffusionPipeline.from_pretrained(m, torch_dtype=torch.float16).to("cuda")\n',
      'notes.py': '# pipe = StableDiffusionPipeline.from_pretrained(m).to("cuda")\nprint("pipe.to(\'cuda\')")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('does not count a pipeline run in the library defaults, or a repository without one', async () => {
    const defaults = await detect(deepLearning, {
      'gen.py': 'from diffusers import DiffusionPipeline\npipe = DiffusionPipeline.from_pretrained("x")\npipe("a dog")\n',
    });
    const none = await detect(deepLearning, { 'app.py': 'import requests\nrequests.post(URL, json={"prompt": "a dog"})\n' });

    expect(defaults).toMatchObject({ present: false, evidence: [] });
    expect(none).toMatchObject({ present: false, evidence: [] });
  });

  it("does not count .to(...) on the inputs or to a non-device, a dtype on a tokenizer, or Optimum's quantiser", async () => {
    const result = await detect(deepLearning, {
      'clf.py': py`
        from transformers import AutoTokenizer, pipeline
        tok = AutoTokenizer.from_pretrained("bert-base-uncased", torch_dtype="auto")
        clf = pipeline("sentiment-analysis")
        inputs = tok("hi", return_tensors="pt")
        inputs = inputs.to("cuda")
        clf.to("results.json")
      `,
      'quant.py': 'from optimum.onnxruntime import ORTQuantizer\nq = ORTQuantizer.from_pretrained("onnx/", dtype="int8")\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
