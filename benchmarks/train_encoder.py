"""Train the encoder's adapter (generator/data/minilm-mrpc-lora.npz) from MRPC's news paraphrases.

    python benchmarks/train_encoder.py MRPC_TRAIN_FILE [--out generator/data/minilm-mrpc-lora.npz]
        [--steps 1200] [--seed 13] [--threads 2]

What the default model, ``all-MiniLM-L6-v2-mrpc`` (``generator/embed.py``), merges into
all-MiniLM-L6-v2: a LoRA of rank 8 on every attention and feed-forward linear (36), trained with the
symmetric in-batch softmax loss on MRPC's 2,755 paraphrase pairs, each pair's first sentence also told
apart from one of MRPC's non-paraphrases of the same story (a hand-made hard negative); 1,200 steps of
32 pairs, AdamW at 2e-4 (about 25 minutes on 2 cores). Saved as float16 A and B and the scale.

Data: MRPC's ``msr_paraphrase_train.txt`` (Microsoft Research Paraphrase Corpus; its own licence
terms apply; pairs of sentences from news articles of one story by two outlets), from the public
repository Pzeyang/Paraphrase_Identification, commit dc1755e (the search tool's ``fetch``, then
``git show HEAD:msr_paraphrase_train.txt``). Never the multi-outlet corpus nor ECB+: every figure of
``benchmarks/real.py`` stays a measurement on data the adapter never saw.

Then retrain the pair model on the new vectors (``benchmarks/train_pairs.py``) and measure
(``benchmarks/real.py``). Never run in CI or a build. The same seed on the same machine gives the
same adapter; ``benchmarks/event_adapter_experiment.py --mrpc FILE --hard --steps 1200`` trains it the
same way and measures it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from biencoder_experiment import adapter_arguments  # noqa: E402
from event_adapter_experiment import paraphrase_pairs, save_adapter, train  # noqa: E402

OUT = ROOT / "generator" / "data" / "minilm-mrpc-lora.npz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mrpc", type=Path, help="MRPC's msr_paraphrase_train.txt")
    parser.add_argument("--out", type=Path, default=OUT)
    adapter_arguments(parser, steps=1200)
    parser.add_argument("--cap", type=int, default=2000)
    args = parser.parse_args()
    args.hard = True
    import torch

    torch.set_num_threads(args.threads)
    adapter, info = train(paraphrase_pairs(args.mrpc), args)
    save_adapter(adapter, args.out)
    with np.load(args.out) as saved:
        info["linears"] = (len(saved.files) - 1) // 2
    info["bytes"] = args.out.stat().st_size
    print(json.dumps(info))
    return 0


if __name__ == "__main__":
    sys.exit(main())
