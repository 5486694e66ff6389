// Held-out G: a Gradio app uploaded to a Hugging Face Space (repo_type given
// by a variable, 'space' from the workflow; create_repo(space_sdk='gradio'))
// counted as a model pushed to the Hub. Only uploads to a model repository
// version a model.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { modelRegistry } from './model_registry.js';

describe('signals/model_registry (Hugging Face Hub uploads)', () => {
  it('counts uploads to a model repository: the default type, a model file, a type the CI command sets to model', async () => {
    const result = await detect(modelRegistry, {
      'publish.py': py`
        from huggingface_hub import HfApi, upload_folder

        upload_folder(repo_id="me/clf", folder_path="outputs")
        api = HfApi()
        api.upload_file(path_or_fileobj="out/model.safetensors", path_in_repo="model.safetensors", repo_id=REPO, repo_type=KIND)
      `,
      'tools/push.py': py`
        import fire
        import huggingface_hub

        def main(repo_id, repo_type, folder):
            huggingface_hub.upload_folder(repo_id=repo_id, repo_type=repo_type, folder_path=folder)

        fire.Fire(main)
      `,
      '.github/workflows/push.yml': yaml`
        on: [push]
        jobs:
          hub:
            runs-on: ubuntu-latest
            steps:
              - run: python tools/push.py --repo_id me/clf --repo_type model --folder out
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['publish.py:3', 'publish.py:5', 'tools/push.py:5']);
  });

  it('leaves out uploads to a Space or a dataset, and an upload whose repository type nothing says', async () => {
    const result = await detect(modelRegistry, {
      // create_repo(space_sdk=...) in the same function: the upload goes to that Space.
      'deploy/space.py': py`
        import huggingface_hub

        def main(repo_id, token, repo_type, folder_path):
            huggingface_hub.create_repo(repo_id=repo_id, token=token, repo_type=repo_type, exist_ok=True, space_sdk="gradio")
            huggingface_hub.upload_folder(repo_id=repo_id, folder_path=folder_path, repo_type=repo_type, path_in_repo="src")
            huggingface_hub.upload_file(path_or_fileobj="app.py", path_in_repo="app.py", repo_id=repo_id, repo_type=repo_type)
      `,
      // The workflow that runs it passes --repo_type 'space'.
      '.github/workflows/sync.py': py`
        import huggingface_hub

        def main(repo_id, repo_type):
            huggingface_hub.upload_folder(repo_id=repo_id, folder_path="model_card", repo_type=repo_type)
      `,
      '.github/workflows/main.yml': yaml`
        on: [push]
        jobs:
          sync:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  python \${{ github.workspace }}/.github/workflows/sync.py \\
                    --repo_id "\${{ secrets.HF_SPACE }}" \\
                    --repo_type 'space'
      `,
      'literal.py': py`
        from huggingface_hub import HfApi

        api = HfApi()
        api.upload_folder(repo_id="me/demo", folder_path="app", repo_type="space")
        api.upload_file(path_or_fileobj="train.csv", path_in_repo="train.csv", repo_id="me/reviews", repo_type="dataset")
        api.upload_folder(repo_id="spaces/me/demo", folder_path="app")
      `,
      // A variable type, no model file (a pattern that leaves weights out is no model file).
      'upload.py': py`
        from huggingface_hub import upload_folder

        def sync(repo_id, repo_type):
            upload_folder(repo_id=repo_id, folder_path="src", repo_type=repo_type, ignore_patterns=["*.safetensors"])
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('still counts a model saved and uploaded in one function, with its repository type in a variable', async () => {
    const result = await detect(modelRegistry, {
      'release.py': py`
        from huggingface_hub import HfApi

        def release(trained, repo_id, repo_type):
            trained.save_pretrained("out")
            HfApi().upload_folder(repo_id=repo_id, folder_path="out", repo_type=repo_type)
      `,
      'README.md': 'We upload the app with `huggingface_hub.upload_folder(repo_type="space")`.\n',
    });

    expect(locations(result)).toEqual(['release.py:5']);
  });
});
