Console.WriteLine("kura");
