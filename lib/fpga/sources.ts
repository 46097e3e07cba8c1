// The outside facts the device profiles rest on, one constant per source, so every
// profile parameter cites the same words and the docs page can list them once.

export const FOWERS_ISCA_2018 =
  'Fowers et al., "A Configurable Cloud-Scale DNN Processor for Real-Time AI", ISCA 2018, as summarised in shared/design/FPGA.md: Stratix 10 280 instance with ~96,000 MACs at ~250 MHz, tile engines of lanes × native-dimension MACs, narrow block floating point (ms-fp8/ms-fp9)';

export const CHUNG_MICRO_2018 =
  'Chung et al., "Serving DNNs in Real Time at Datacenter Scale with Project Brainwave", IEEE Micro 38(2):8-20, 2018, doi:10.1109/MM.2018.022071131 (abstract: "distributed model parallelism and pinning", up to 39.5 TFLOPS effective at batch 1 on a Stratix 10)';

export const STRATIX10_GX2800_ARK =
  "Intel ARK, Intel Stratix 10 GX FPGA Development Kit (1SG280LU2F50E2VG): 5,760 DSP blocks, 244 Mb on-chip memory — https://www.intel.com/content/www/us/en/ark/products/235250/intel-stratix-10-gx-fpga-development-kit-production-ltile.html";

export const ARRIA10_DSP_RESOURCES =
  "Intel Arria 10 Core Fabric and General Purpose I/Os Handbook (683461), Variable Precision DSP Blocks › Resources: GX 1150 has 1,518 DSP blocks (3,036 18×19 multipliers) — https://www.intel.com/content/www/us/en/docs/programmable/683461/current/resources.html";

export const ARRIA10_M20K =
  "Intel FPGA PAC N3000 documentation (683434), Intel Arria 10 GT FPGA table: the 1150 fabric has 2,713 M20K blocks = 53 Mb (GX 1150 and GT 1150 share the core fabric) — https://www.intel.com/content/www/us/en/docs/programmable/683434/1-3-1/fpga.html";

export const PCIE_GEN3 =
  "PCI Express Base Specification 3.0 (PCI-SIG): 8 GT/s per lane with 128b/130b encoding; x8 → 8 × 8 × 128/130 ÷ 8 = 7.88 GB/s per direction";

export const DDR4_2400_CHANNEL =
  "JEDEC JESD79-4 (DDR4 SDRAM), speed bin DDR4-2400: 2,400 MT/s; a 64-bit channel moves 8 bytes per transfer → 2,400 × 8 = 19.2 GB/s peak";

export const AZURE_PB6 =
  "Azure ML hardware-accelerated models (as summarised in shared/design/FPGA.md): Standard_PB6s VM = 6 vCPUs + one Intel Arria 10 FPGA running the Brainwave NPU, PCIe-attached";

export const HOT_CHIPS_2017_NOTES =
  "Project Brainwave talk, Hot Chips 29 (2017), as reported in public notes (github.com/RaviVijay/DeepLearningHardware): FPGA-to-FPGA messages spread across networked FPGAs within ~10 µs — secondary source";
